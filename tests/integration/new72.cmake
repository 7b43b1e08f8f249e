# The syscalls strace 7.2 decodes and 6.1 cannot (issue 14): the program owns its
# expectations (tests/expect.py), verified against strace 7.x wherever one is at hand.
expect(new72_mseal OPTS -e trace=mseal CMD ${PROGS}/fam_new72 abbrev mseal)
expect(new72_mseal_raw OPTS -X raw -e trace=mseal CMD ${PROGS}/fam_new72 raw mseal)
# futex2: futex_wake, futex_wait, futex_requeue and futex_waitv's struct futex_waitv
expect(new72_futex OPTS -e trace=/^futex_ CMD ${PROGS}/fam_new72 abbrev futex)
expect(new72_futex_raw OPTS -X raw -e trace=/^futex_ CMD ${PROGS}/fam_new72 raw futex)
expect(new72_futex_verbose OPTS -X verbose -e trace=/^futex_ CMD ${PROGS}/fam_new72 verbose futex)
# the security modules' calls: struct lsm_ctx, module ids, sizes read back at exit
expect(new72_lsm OPTS -e trace=/^lsm_ CMD ${PROGS}/fam_new72 abbrev lsm)
expect(new72_lsm_raw OPTS -X raw -e trace=/^lsm_ CMD ${PROGS}/fam_new72 raw lsm)
expect(new72_lsm_verbose OPTS -X verbose -e trace=/^lsm_ CMD ${PROGS}/fam_new72 verbose lsm)
# statmount (struct statmount of a tmpfs the program mounts in its own mount namespace),
# listmount, open_tree_attr; listns (which this kernel may lack: decoded all the same)
expect(new72_mount OPTS -e trace=statmount,listmount,open_tree_attr CMD ${PROGS}/fam_new72 abbrev mount)
expect(new72_mount_raw OPTS -X raw -e trace=statmount,listmount,open_tree_attr CMD ${PROGS}/fam_new72 raw mount)
expect(new72_mount_verbose OPTS -X verbose -e trace=statmount,listmount,open_tree_attr CMD ${PROGS}/fam_new72 verbose mount)
expect(new72_listns OPTS -e trace=listns CMD ${PROGS}/fam_new72 abbrev listns)
expect(new72_listns_verbose OPTS -X verbose -e trace=listns CMD ${PROGS}/fam_new72 verbose listns)
# file_getattr/file_setattr (struct file_attr), cachestat, map_shadow_stack: int arguments
# with garbage in their upper half, partly readable structs, unknown flags
expect(new72_fileattr OPTS -e trace=file_getattr,file_setattr CMD ${PROGS}/fam_new72 abbrev fileattr)
expect(new72_fileattr_verbose OPTS -X verbose -e trace=file_getattr,file_setattr CMD ${PROGS}/fam_new72 verbose fileattr)
expect(new72_cachestat OPTS -e trace=cachestat CMD ${PROGS}/fam_new72 abbrev cachestat)
expect(new72_shadow OPTS -e trace=map_shadow_stack CMD ${PROGS}/fam_new72 abbrev shadow)
expect(new72_shadow_raw OPTS -X raw -e trace=map_shadow_stack CMD ${PROGS}/fam_new72 raw shadow)
# setxattrat/getxattrat/removexattrat/listxattrat: struct xattr_args, bytes past it
expect(new72_xattrat OPTS -e trace=/xattrat$ CMD ${PROGS}/fam_new72 abbrev xattrat)
expect(new72_xattrat_verbose OPTS -X verbose -e trace=/xattrat$ CMD ${PROGS}/fam_new72 verbose xattrat)
# uretprobe outside a probe: refused with SIGILL (x86_64 only; elsewhere skipped)
expect(new72_uretprobe OPTS -e trace=uretprobe CMD ${PROGS}/fam_new72 abbrev uretprobe)
# the other -X styles of the groups above
expect(new72_listns_raw OPTS -X raw -e trace=listns CMD ${PROGS}/fam_new72 raw listns)
expect(new72_fileattr_raw OPTS -X raw -e trace=file_getattr,file_setattr CMD ${PROGS}/fam_new72 raw fileattr)
expect(new72_cachestat_verbose OPTS -X verbose -e trace=cachestat CMD ${PROGS}/fam_new72 verbose cachestat)
expect(new72_shadow_verbose OPTS -X verbose -e trace=map_shadow_stack CMD ${PROGS}/fam_new72 verbose shadow)
expect(new72_xattrat_raw OPTS -X raw -e trace=/xattrat$ CMD ${PROGS}/fam_new72 raw xattrat)
expect(new72_mseal_verbose OPTS -X verbose -e trace=mseal CMD ${PROGS}/fam_new72 verbose mseal)
expect(new72_uretprobe_raw OPTS -X raw -e trace=uretprobe CMD ${PROGS}/fam_new72 raw uretprobe)
expect(new72_uretprobe_verbose OPTS -X verbose -e trace=uretprobe CMD ${PROGS}/fam_new72 verbose uretprobe)
# -s cuts arrays (futex_waitv's waiters) and the bytes of lsm_ctx's context and of a
# struct's tail
expect(new72_futex_s4 OPTS -s 4 -e trace=/^futex_ CMD ${PROGS}/fam_new72 s=4 futex)
expect(new72_lsm_s4 OPTS -s 4 -e trace=/^lsm_ CMD ${PROGS}/fam_new72 s=4 lsm)
expect(new72_listns_s4 OPTS -s 4 -e trace=listns CMD ${PROGS}/fam_new72 s=4 listns)
expect(new72_fileattr_s4 OPTS -s 4 -e trace=file_getattr,file_setattr CMD ${PROGS}/fam_new72 s=4 fileattr)
# -e namespace=new: the namespaces unshare, setns, clone and clone3 entered, after the result
expect(namespace_new OPTS -e namespace=new -e trace=unshare,setns,clone,clone3
  CMD ${PROGS}/nsnew)
expect(namespace_new_long OPTS --namespace=new -e trace=unshare,setns,clone,clone3
  CMD ${PROGS}/nsnew)
