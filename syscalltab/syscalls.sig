# syscalls.sig: the arch-independent signature of every syscall strc knows.
# Format: see README.md. Argument counts and kinds follow what strace 6.1 prints;
# classes follow strace 6.1 (-e trace=%CLASS). One section per family; keep each
# section in alphabetical order.

# files/dirs
access(path, flags:access_modes) int %file
acct(path) int %file
chdir(path) int %file
chmod(path, oct) int %file
chown(path, uid, gid) int %file
chown32(path, uid, gid) int %file
creat(path, oct) fd %file %desc
faccessat(dirfd, path, flags:access_modes) int %file %desc
faccessat2(dirfd, path, flags:access_modes, flags:faccessat2_flags) int %file %desc
fanotify_init(flags:fan_init_flags, flags:open_flags) fd %desc @fanotify_init
fanotify_mark(fd, flags:fan_mark_flags, flags:fan_event_flags, dirfd, path) int %file %desc @fanotify_mark
fchdir(fd) int %desc
fchmod(fd, oct) int %desc
fchmodat(dirfd, path, oct) int %file %desc
fchmodat2(dirfd, path, oct, flags:at_flags) int %file %desc
fchown(fd, uid, gid) int %desc
fchown32(fd, uid, gid) int %desc
fchownat(dirfd, path, uid, gid, flags:at_flags) int %file %desc
fgetxattr(fd, str, obuf:3, size) int %desc @getxattr
file_getattr(dirfd, path, ptr, size, flags:at_flags) int %file %desc @file_getattr
file_setattr(dirfd, path, ptr, size, flags:at_flags) int %file %desc @file_setattr
flistxattr(fd, obuf:2, size) int %desc @listxattr
fremovexattr(fd, str) int %desc
fsetxattr(fd, str, ibuf:3, size, flags:xattr_flags) int %desc @setxattr
fstat(fd, ostruct:stat) int %desc %fstat %stat_like
fstat64(fd, ostruct:stat64) int %desc %fstat %stat_like
fstatat64(dirfd, path, ostruct:stat64, flags:at_flags) int %file %desc %fstat %stat_like
fstatfs(fd, ptr) int %desc %fstatfs %statfs_like @statfs
fstatfs64(fd, size, ptr) int %desc %fstatfs %statfs_like @statfs64
ftruncate(fd, size) int %desc
ftruncate64(fd, size) int %desc @truncate64
futimesat(dirfd, path, ptr) int %file %desc @futimesat
getcwd(obuf:1, size) int %file @getcwd
getdents(fd, ptr, uint) int %desc @getdents
getdents64(fd, ptr, uint) int %desc @getdents64
getxattr(path, str, obuf:3, size) int %file @getxattr
getxattrat(dirfd, path, flags:xattrat_flags, str, ptr, size) int %file %desc @getxattrat
inotify_add_watch(fd, path, flags:inotify_mask) int %file %desc
inotify_init() fd %desc
inotify_init1(flags:inotify_init_flags) fd %desc
inotify_rm_watch(fd, int) int %desc
lchown(path, uid, gid) int %file
lchown32(path, uid, gid) int %file
lgetxattr(path, str, obuf:3, size) int %file @getxattr @getxattr
link(path, path) int %file
linkat(dirfd, path, dirfd, path, flags:at_flags) int %file %desc
listxattr(path, obuf:2, size) int %file @listxattr
listxattrat(dirfd, path, flags:xattrat_flags, obuf:4, size) int %file %desc @listxattr
llistxattr(path, obuf:2, size) int %file @listxattr
lremovexattr(path, str) int %file
lsetxattr(path, str, ibuf:3, size, flags:xattr_flags) int %file @setxattr @setxattr
lstat(path, ostruct:stat) int %file %lstat %stat_like
lstat64(path, ostruct:stat64) int %file %lstat %stat_like
mkdir(path, oct) int %file
mkdirat(dirfd, path, oct) int %file %desc
mknod(path, oct, hex) int %file @mknod
mknodat(dirfd, path, oct, hex) int %file %desc @mknodat
name_to_handle_at(dirfd, path, ptr, ptr, flags:name_to_handle_at_flags) int %file %desc @name_to_handle_at
newfstatat(dirfd, path, ostruct:stat, flags:at_flags) int %file %desc %fstat %stat_like
oldfstat(fd, ptr) int %desc %fstat %stat_like
oldlstat(path, ptr) int %file %lstat %stat_like
oldstat(path, ptr) int %file %stat %stat_like
open(path, flags:open_flags, oct) fd %file %desc @open
open_by_handle_at(fd, ptr, flags:open_flags) fd %desc @open_by_handle_at
openat(dirfd, path, flags:open_flags, oct) fd %file %desc @openat
openat2(dirfd, path, ptr, size) fd %file %desc @openat2
quotactl(hex, path, int, ptr) int %file @quotactl
quotactl_fd(fd, hex, int, ptr) int %desc @quotactl_fd
readdir(fd, ptr, uint) int %desc
readlink(path, obuf:2, size) int %file
readlinkat(dirfd, path, obuf:3, size) int %file %desc
removexattr(path, str) int %file
removexattrat(dirfd, path, flags:xattrat_flags, str) int %file %desc
rename(path, path) int %file
renameat(dirfd, path, dirfd, path) int %file %desc
renameat2(dirfd, path, dirfd, path, flags:rename_flags) int %file %desc
rmdir(path) int %file
setxattr(path, str, ibuf:3, size, flags:xattr_flags) int %file @setxattr
setxattrat(dirfd, path, flags:xattrat_flags, str, ptr, size) int %file %desc @setxattrat
stat(path, ostruct:stat) int %file %stat %stat_like
stat64(path, ostruct:stat64) int %file %stat %stat_like
statfs(path, ptr) int %file %statfs %statfs_like @statfs
statfs64(path, size, ptr) int %file %statfs %statfs_like @statfs64
statx(dirfd, path, flags:statx_flags, flags:statx_mask, ptr) int %file %desc %fstat %stat_like @statx
swapoff(path) int %file
swapon(path, flags:swap_flags) int %file
symlink(path, path) int %file
symlinkat(path, dirfd, path) int %file %desc
sync() int
syncfs(fd) int %desc
truncate(path, size) int %file
truncate64(path, size) int %file @truncate64
umask(oct) oct
unlink(path) int %file
unlinkat(dirfd, path, flags:at_flags) int %file %desc
uselib(path) int %file
ustat(hex, ptr) int %statfs_like @ustat
utime(path, ptr) int %file @utime
utimensat(dirfd, path, ptr, flags:at_flags) int %file %desc @utimensat
utimensat_time64(dirfd, path, ptr, flags:at_flags) int %file %desc @utimensat
utimes(path, ptr) int %file @utimes

# descriptors & I/O
_llseek(fd, off, ptr, enum:lseek_whence) int %desc @llseek
_newselect(int, ptr, ptr, ptr, ptr) int %desc @select !fd_sets
arm_fadvise64_64(fd, enum:fadvise_advice, off, off) int %desc
arm_sync_file_range(fd, flags:sync_file_range_flags, off, off) int %desc
cachestat(fd, struct:cachestat_range, ostruct:cachestat, hex) int %desc @cachestat
close(fd) int %desc
close_range(uint, uint, flags:close_range_flags) int
copy_file_range(fd, ptr, fd, ptr, size, uint) int %desc @copy_file_range
dup(fd) fd %desc
dup2(fd, fd) fd %desc
dup3(fd, fd, flags:o_flags) fd %desc
epoll_create(int) fd %desc
epoll_create1(flags:epoll_create_flags) fd %desc
epoll_ctl(fd, enum:epoll_ctl_ops, fd, ptr) int %desc @epoll_ctl
epoll_ctl_old(hex, hex, hex, hex) int
epoll_pwait(fd, ptr, int, int, ptr, size) int %desc @epoll_pwait
epoll_pwait2(fd, ptr, int, ptr, ptr, size) int %desc @epoll_pwait2
epoll_wait(fd, ptr, int, int) int %desc @epoll_wait
epoll_wait_old(hex, hex, hex, hex) int
eventfd(uint) fd %desc
eventfd2(uint, flags:eventfd_flags) fd %desc
fadvise64(fd, off, size, enum:fadvise_advice) int %desc @fadvise64
fadvise64_64(fd, off, off, enum:fadvise_advice) int %desc @fadvise64_64
fallocate(fd, flags:falloc_flags, off, off) int %desc @fallocate
fcntl(fd, enum:fcntl_cmds, hex) int %desc @fcntl
fcntl64(fd, enum:fcntl_cmds, hex) int %desc @fcntl
fdatasync(fd) int %desc
flock(fd, flags:flock_ops) int %desc
fsync(fd) int %desc
io_cancel(ptr, ptr, ptr) int @io_cancel
io_destroy(ptr) int %memory
io_getevents(ptr, long, long, ptr, ptr) int @io_getevents
io_pgetevents(ptr, long, long, ptr, ptr, ptr) int @io_pgetevents
io_pgetevents_time64(ptr, long, long, ptr, ptr, ptr) int @io_pgetevents
io_setup(uint, ptr) int %memory @io_setup
io_submit(ptr, long, ptr) int @io_submit
io_uring_enter(fd, uint, uint, flags:io_uring_enter_flags, ptr, size) int %desc %signal @io_uring_enter
io_uring_register(fd, enum:io_uring_register_opcodes, ptr, uint) int %desc %memory
io_uring_setup(uint, ptr) fd %desc @io_uring_setup
ioctl(fd, hex, hex) int %desc @ioctl
lseek(fd, off, enum:lseek_whence) int %desc
pipe(ptr) int %desc @pipe
pipe2(ptr, flags:o_flags) int %desc @pipe2
poll(ptr, uint, int) int %desc @poll !pollfds
ppoll(ptr, uint, ptr, ptr, size) int %desc @ppoll !pollfds
ppoll_time64(ptr, uint, ptr, ptr, size) int %desc @ppoll_time64 !pollfds
pread64(fd, obuf:2, size, off) int %desc @pread64 !reads !data_buf
preadv(fd, ptr, size, off) int %desc @preadv !reads !data_iov
preadv2(fd, ptr, size, off, ulong, flags:rwf_flags) int %desc @preadv2 !reads !data_iov
pselect6(int, ptr, ptr, ptr, ptr, ptr) int %desc @pselect6 !fd_sets
pselect6_time64(int, ptr, ptr, ptr, ptr, ptr) int %desc @pselect6_time64 !fd_sets
pwrite64(fd, ibuf:2, size, off) int %desc @pwrite64 !writes !data_buf
pwritev(fd, ptr, size, off) int %desc @pwritev !writes !data_iov
pwritev2(fd, ptr, size, off, ulong, flags:rwf_flags) int %desc @pwritev2 !writes !data_iov
read(fd, obuf:2, size) int %desc !reads !data_buf
readahead(fd, off, size) int %desc @readahead
readv(fd, ptr, size) int %desc @readv !reads !data_iov
select(int, ptr, ptr, ptr, ptr) int %desc @select !fd_sets
sendfile(fd, fd, ptr, size) int %desc %network @sendfile
sendfile64(fd, fd, ptr, size) int %desc %network @sendfile64
splice(fd, ptr, fd, ptr, size, flags:splice_flags) int %desc @splice
sync_file_range(fd, off, off, flags:sync_file_range_flags) int %desc @sync_file_range
tee(fd, fd, size, flags:splice_flags) int %desc
userfaultfd(flags:userfaultfd_flags) fd %desc
vmsplice(fd, ptr, size, flags:splice_flags) int %desc @vmsplice !writes !data_iov
write(fd, ibuf:2, size) int %desc !writes !data_buf
writev(fd, ptr, size) int %desc @writev !writes !data_iov

# memory
break() int %memory
brk(ptr) hex %memory
cacheflush(ptr, ptr, hex) int %memory
get_mempolicy(ptr, ptr, ulong, ptr, lflags:get_mempolicy_flags) int %memory @get_mempolicy
madvise(ptr, size, enum:madvise_advice) int %memory
map_shadow_stack(ptr, size, flags:map_shadow_stack_flags) hex %memory
mbind(ptr, size, enum:mpol_modes, ptr, ulong, flags:mbind_flags) int %memory @mbind
membarrier(enum:membarrier_cmds, flags:membarrier_flags, int) int @membarrier
memfd_create(str, flags:memfd_flags) fd %desc @memfd_create
memfd_secret(flags:memfd_secret_flags) fd %desc
migrate_pages(pid, ulong, ptr, ptr) int %memory @migrate_pages
mincore(ptr, size, ptr) int %memory @mincore
mlock(ptr, size) int %memory
mlock2(ptr, size, flags:mlock_flags) int %memory
mlockall(flags:mlockall_flags) int %memory
mmap(ptr, size, lflags:mmap_prot, flags:mmap_flags, fd, hex) hex %desc %memory @mmap !maps
mmap2(ptr, size, lflags:mmap_prot, flags:mmap_flags, fd, hex) hex %desc %memory @mmap2 !maps
move_pages(pid, ulong, ptr, ptr, ptr, flags:move_pages_flags) int %memory @move_pages
mprotect(ptr, size, lflags:mmap_prot) int %memory !maps
mremap(ptr, size, size, lflags:mremap_flags, ptr) hex %memory @mremap !maps
mseal(ptr, size, hex) int %memory
msync(ptr, size, flags:msync_flags) int %memory
munlock(ptr, size) int %memory
munlockall() int %memory
munmap(ptr, size) int %memory !maps
pkey_alloc(hex, lflags:pkey_access_rights) int
pkey_free(int) int
pkey_mprotect(ptr, size, lflags:mmap_prot, int) int %memory !maps
process_madvise(fd, ptr, size, enum:madvise_advice, hex) int %desc @process_madvise
process_mrelease(fd, flags:no_flags) int %desc
process_vm_readv(pid, ptr, ulong, ptr, ulong, ulong) int @process_vm_readv
process_vm_writev(pid, ptr, ulong, ptr, ulong, ulong) int @process_vm_writev
remap_file_pages(ptr, size, lflags:mmap_prot, ulong, lflags:mmap_flags) int %memory !maps
riscv_flush_icache(ptr, ptr, hex) int %memory
set_mempolicy(enum:mpol_modes, ptr, ulong) int %memory @set_mempolicy
set_mempolicy_home_node(ptr, ulong, ulong, hex) int %memory

# processes
# A pid (argument or result) is a process or thread, which -Y names; a process group or
# session id (pgid) is not named, only translated by --decode-pids=pidns (getpgrp, getsid,
# setpgid's group), as strace 7.2 does.
arch_prctl(enum:arch_prctl_codes, hex) int @arch_prctl
capget(ptr, ptr) int %creds @capget
capset(ptr, ptr) int %creds @capset
clone(lflags:clone_flags, ptr, ptr, ptr, hex) pid %process @clone
clone3(ptr, size) pid %process @clone3
execve(path, ptr, ptr) int %file %process @execve !exec
execveat(dirfd, path, ptr, ptr, flags:at_flags) int %file %desc %process @execveat !exec
exit(int) none %process
exit_group(int) none %process
fork() pid %process
get_robust_list(pid, ptr, ptr) int @get_robust_list
get_thread_area(ptr) int @get_thread_area
getcpu(ptr, ptr, ptr) int
getegid() int %creds %pure
getegid32() int %creds %pure
geteuid() int %creds %pure
geteuid32() int %creds %pure
getgid() int %creds %pure
getgid32() int %creds %pure
getgroups(int, ptr) int %creds @getgroups
getgroups32(int, ptr) int %creds @getgroups
getpgid(pid) pgid
getpgrp() pgid %pure
getpid() pid %pure
getppid() pid %pure
getpriority(enum:priority_which, int) int @getpriority
getresgid(ptr, ptr, ptr) int %creds @getresuid
getresgid32(ptr, ptr, ptr) int %creds @getresuid
getresuid(ptr, ptr, ptr) int %creds @getresuid
getresuid32(ptr, ptr, ptr) int %creds @getresuid
getrlimit(enum:rlimit_resources, ostruct:rlimit) int
getrusage(enum:rusage_who, ptr) int @getrusage
getsid(pid) pgid
gettid() pid %pure
getuid() int %creds %pure
getuid32() int %creds %pure
ioprio_get(enum:ioprio_who, int) int @ioprio_get
ioprio_set(enum:ioprio_who, int, hex) int @ioprio_set
kcmp(pid, pid, enum:kcmp_types, hex, hex) int @kcmp
landlock_add_rule(fd, enum:landlock_rule_types, ptr, hex) int %desc @landlock_add_rule
landlock_create_ruleset(ptr, size, flags:landlock_create_ruleset_flags) fd %desc @landlock_create_ruleset
landlock_restrict_self(fd, flags:no_flags) int %desc
modify_ldt(int, ptr, size) int @modify_ldt
nice(int) int
personality(hex) hex @personality
pidfd_getfd(fd, int, flags:no_flags) fd %desc
pidfd_open(pid, flags:pidfd_open_flags) fd %desc
prctl(enum:prctl_options, hex, hex, hex, hex) int %creds @prctl
prlimit64(pid, enum:rlimit_resources, struct:rlimit64, ostruct:rlimit64) int
ptrace(lenum:ptrace_requests, pid, ptr, hex) int @ptrace
rseq(ptr, uint, flags:rseq_flags, hex) int @rseq
rseq_slice_yield() int
sched_get_priority_max(enum:sched_policies) int
sched_get_priority_min(enum:sched_policies) int
sched_getaffinity(pid, uint, ptr) int @sched_getaffinity
sched_getattr(pid, ptr, uint, uint) int @sched_getattr
sched_getparam(pid, ostruct:sched_param) int
sched_getscheduler(pid) int @sched_getscheduler
sched_rr_get_interval(pid, ostruct:timespec) int
sched_rr_get_interval_time64(pid, ostruct:timespec) int
sched_setaffinity(pid, uint, ptr) int @sched_setaffinity
sched_setattr(pid, ptr, uint) int @sched_setattr
sched_setparam(pid, struct:sched_param) int
sched_setscheduler(pid, enum:sched_policies, struct:sched_param) int @sched_setscheduler
sched_yield() int
seccomp(enum:seccomp_ops, flags:seccomp_filter_flags, ptr) int @seccomp
set_robust_list(ptr, size) int
set_thread_area(ptr) int @set_thread_area
set_tid_address(hex) pid
setfsgid(gid) int %creds
setfsgid32(gid) int %creds
setfsuid(uid) int %creds
setfsuid32(uid) int %creds
setgid(gid) int %creds
setgid32(gid) int %creds
setgroups(int, ptr) int %creds @setgroups
setgroups32(int, ptr) int %creds @setgroups
setpgid(pid, pgid) int
setpriority(enum:priority_which, int, int) int @setpriority
setregid(gid, gid) int %creds
setregid32(gid, gid) int %creds
setresgid(gid, gid, gid) int %creds
setresgid32(gid, gid, gid) int %creds
setresuid(uid, uid, uid) int %creds
setresuid32(uid, uid, uid) int %creds
setreuid(uid, uid) int %creds
setreuid32(uid, uid) int %creds
setrlimit(enum:rlimit_resources, struct:rlimit) int
setsid() int
setuid(uid) int %creds
setuid32(uid) int %creds
ugetrlimit(enum:rlimit_resources, ostruct:rlimit) int
uprobe() int
uretprobe() int
vfork() pid %process
vm86(hex, hex, hex, hex, hex) int
vm86old(hex) int
wait4(pid, ptr, flags:wait_options, ptr) pid %process @wait4
waitid(enum:waitid_which, pid, ptr, flags:wait_options, ptr) int %process @waitid
waitpid(pid, ptr, flags:wait_options) pid %process @waitpid

# signals
kill(pid, sig) int %process %signal
pause() int %signal
pidfd_send_signal(fd, sig, struct:siginfo, flags:pidfd_send_signal_flags) int %desc %process %signal
restart_syscall() int @restart_syscall
rt_sigaction(sig, ptr, ptr, size) int %signal @rt_sigaction
rt_sigpending(ptr, size) int %signal @rt_sigpending
rt_sigprocmask(enum:sigprocmask_how, ptr, ptr, size) int %signal @rt_sigprocmask
rt_sigqueueinfo(pid, sig, struct:siginfo) int %process %signal
rt_sigreturn() int %signal @rt_sigreturn
rt_sigsuspend(ptr, size) int %signal @rt_sigsuspend
rt_sigtimedwait(ptr, ptr, ptr, size) int %signal @rt_sigtimedwait
rt_sigtimedwait_time64(ptr, ptr, ptr, size) int %signal @rt_sigtimedwait
rt_tgsigqueueinfo(pid, pid, sig, struct:siginfo) int %process %signal
sgetmask() hex %signal @sgetmask
sigaction(sig, ptr, ptr) int %signal @sigaction
sigaltstack(struct:stack_t, ostruct:stack_t) int %signal
signal(sig, hex) hex %signal @signal
signalfd(fd, ptr, size) fd %desc %signal @signalfd
signalfd4(fd, ptr, size, flags:signalfd_flags) fd %desc %signal @signalfd4
sigpending(ostruct:old_sigset) int %signal
sigprocmask(enum:sigprocmask_how, ptr, ptr) int %signal @sigprocmask
sigreturn() int %signal @sigreturn
sigsuspend(hex) int %signal
ssetmask(hex) hex %signal @ssetmask
tgkill(pid, pid, sig) int %process %signal
tkill(pid, sig) int %process %signal

# time
adjtimex(ptr) int %clock @adjtimex
alarm(uint) int
clock_adjtime(enum:clockids, ptr) int %clock @clock_adjtime
clock_adjtime64(enum:clockids, ptr) int %clock @clock_adjtime
clock_getres(enum:clockids, ostruct:timespec) int %clock @clock_time
clock_getres_time64(enum:clockids, ostruct:timespec) int %clock @clock_time
clock_gettime(enum:clockids, ostruct:timespec) int %clock @clock_time
clock_gettime64(enum:clockids, ostruct:timespec) int %clock @clock_time
clock_nanosleep(enum:clockids, flags:timer_flags, ptr, ptr) int @clock_nanosleep
clock_nanosleep_time64(enum:clockids, flags:timer_flags, ptr, ptr) int @clock_nanosleep
clock_settime(enum:clockids, struct:timespec) int %clock @clock_time
clock_settime64(enum:clockids, struct:timespec) int %clock @clock_time
ftime() int
getitimer(enum:itimer_which, ostruct:itimerval) int
gettimeofday(ostruct:timeval, ostruct:timezone) int %clock
nanosleep(ptr, ptr) int @nanosleep
setitimer(enum:itimer_which, struct:itimerval, ostruct:itimerval) int
settimeofday(struct:timeval, struct:timezone) int %clock
stime(ptr) int
time(ptr) int %clock @time
timer_create(enum:clockids, ptr, ptr) int @timer_create
timer_delete(int) int
timer_getoverrun(int) int
timer_gettime(int, ostruct:itimerspec) int
timer_gettime64(int, ostruct:itimerspec) int
timer_settime(int, flags:timer_flags, ptr, ptr) int @timer_settime
timer_settime64(int, flags:timer_flags, ptr, ptr) int @timer_settime
timerfd_create(enum:clockids, flags:timerfd_flags) fd %desc
timerfd_gettime(fd, ptr) int %desc @timerfd_gettime
timerfd_gettime64(fd, ptr) int %desc @timerfd_gettime64
timerfd_settime(fd, flags:timerfd_flags, ptr, ptr) int %desc @timerfd_settime
timerfd_settime64(fd, flags:timerfd_flags, ptr, ptr) int %desc @timerfd_settime64
times(ptr) int @times

# network
accept(fd, ptr, ptr) fd %network @accept
accept4(fd, ptr, ptr, flags:sock_flags) fd %network @accept4
bind(fd, ptr, int) int %network @bind
connect(fd, ptr, int) int %network @bind
getpeername(fd, ptr, ptr) int %network @sockname
getpmsg(hex, hex, hex, hex, hex) int %network
getsockname(fd, ptr, ptr) int %network @sockname
getsockopt(fd, enum:socket_levels, uint, ptr, ptr) int %network @getsockopt
listen(fd, int) int %network
putpmsg(hex, hex, hex, hex, hex) int %network
recv(fd, obuf:2, size, flags:msg_flags) int %network @recvfrom !reads !data_buf
recvfrom(fd, obuf:2, size, flags:msg_flags, ptr, ptr) int %network @recvfrom !reads !data_buf
recvmmsg(fd, ptr, uint, flags:msg_flags, ptr) int %network @recvmmsg !reads !data_mmsg
recvmmsg_time64(fd, ptr, uint, flags:msg_flags, ptr) int %network @recvmmsg !reads !data_mmsg
recvmsg(fd, ptr, flags:msg_flags) int %network @recvmsg !reads !data_msg
send(fd, ibuf:2, size, flags:msg_flags) int %network @sendto !writes !data_buf
sendmmsg(fd, ptr, uint, flags:msg_flags) int %network @sendmmsg !writes !data_mmsg
sendmsg(fd, ptr, flags:msg_flags) int %network @sendmsg !writes !data_msg
sendto(fd, ibuf:2, size, flags:msg_flags, ptr, int) int %network @sendto !writes !data_buf
setsockopt(fd, enum:socket_levels, uint, ibuf:4, int) int %network @setsockopt
shutdown(fd, enum:shutdown_how) int %network
socket(enum:address_families, enum:socket_types, int) fd %network @socket
socketcall(int, ptr) int %desc @socketcall
socketpair(enum:address_families, enum:socket_types, int, ptr) int %network @socketpair

# ipc
futex(ptr, enum:futex_ops, uint, ptr, ptr, hex) int @futex
futex_requeue(ptr, hex, int, int) int @futex_requeue
futex_time64(ptr, enum:futex_ops, uint, ptr, ptr, hex) int @futex
futex_wait(ptr, ulong, hex, hex, ptr, enum:clockids) int @futex_wait
futex_waitv(ptr, uint, hex, ptr, enum:clockids) int @futex_waitv
futex_wake(ptr, hex, int, hex) int @futex_wake
ipc(uint, int, hex, hex, hex, hex) int @ipc
mq_getsetattr(fd, struct:mq_attr, ostruct:mq_attr) int %desc
mq_notify(fd, struct:sigevent) int %desc
mq_open(path, flags:open_flags, oct, ptr) fd %desc @mq_open
mq_timedreceive(fd, obuf:2, size, ptr, ptr) int %desc @mq_timedreceive !reads !data_buf
mq_timedreceive_time64(fd, obuf:2, size, ptr, ptr) int %desc @mq_timedreceive !reads !data_buf
mq_timedsend(fd, ibuf:2, size, uint, struct:timespec) int %desc !writes !data_buf
mq_timedsend_time64(fd, ibuf:2, size, uint, struct:timespec) int %desc !writes !data_buf
mq_unlink(path) int
msgctl(int, enum:msgctl_cmds, ptr) int %ipc @msgctl
msgget(hex, flags:ipc_get_flags) int %ipc @msgget
msgrcv(int, ptr, size, long, flags:ipc_msg_flags) int %ipc @msgrcv
msgsnd(int, ptr, size, flags:ipc_msg_flags) int %ipc @msgsnd
semctl(int, int, enum:semctl_cmds, ptr) int %ipc @semctl
semget(hex, int, flags:ipc_get_flags) int %ipc @semget
semop(int, ptr, uint) int %ipc @semop
semtimedop(int, ptr, uint, ptr) int %ipc @semop
semtimedop_time64(int, ptr, uint, ptr) int %ipc @semop
shmat(int, ptr, flags:shmat_flags) hex %ipc %memory @shmat !maps
shmctl(int, enum:shmctl_cmds, ptr) int %ipc @shmctl
shmdt(ptr) int %ipc %memory
shmget(hex, size, flags:shmget_flags) int %ipc @shmget

# container/mount
chroot(path) int %file
fsconfig(fd, enum:fsconfig_cmds, str, ptr, int) int %file %desc @fsconfig
fsmount(fd, flags:fsmount_flags, flags:mount_attr_flags) fd %desc
fsopen(str, flags:fsopen_flags) fd %desc
fspick(dirfd, path, flags:fspick_flags) fd %file %desc
listmount(ptr, ptr, size, hex) int @listmount
listns(ptr, ptr, size, hex) int @listns
mount(path, path, str, lflags:mount_flags, str) int %file @mount
mount_setattr(dirfd, path, flags:mount_setattr_flags, ptr, size) int %file %desc @mount_setattr
move_mount(dirfd, path, dirfd, path, flags:move_mount_flags) int %file %desc
open_tree(dirfd, path, flags:open_tree_flags) fd %file %desc
open_tree_attr(dirfd, path, flags:open_tree_flags, ptr, size) fd %file %desc @open_tree_attr
pivot_root(path, path) int %file
setdomainname(ibuf:1, uint) int @sethostname
sethostname(ibuf:1, uint) int @sethostname
setns(fd, flags:setns_types) int %desc
statmount(ptr, ptr, size, hex) int @statmount
umount(path) int %file
umount2(path, flags:umount_flags) int %file
unshare(lflags:unshare_flags) int

# misc
_sysctl(ptr) int @sysctl
add_key(str, str, ibuf:3, size, int) int @add_key
afs_syscall(hex, hex, hex, hex, hex) int
bdflush(hex, hex) int
bpf(enum:bpf_cmds, ptr, uint) int %desc @bpf
breakpoint() int
create_module(hex, hex) int
delete_module(str, flags:delete_module_flags) int
finit_module(fd, str, flags:finit_module_flags) int %desc
get_kernel_syms(hex) int
get_tls() int
getrandom(obuf:1, size, flags:grnd_flags) int @getrandom
gtty(hex, hex) int
idle() int
init_module(ptr, size, str) int
ioperm(hex, hex, int) int
iopl(int) int
kexec_file_load(fd, fd, size, str, lflags:kexec_file_load_flags) int %desc
kexec_load(ptr, ulong, ptr, lflags:kexec_load_flags) int
keyctl(enum:keyctl_cmds, hex, hex, hex, hex) int @keyctl
lock() int
lookup_dcookie(ulong, ptr, size) int
lsm_get_self_attr(uint, ptr, ptr, hex) int @lsm_get_self_attr
lsm_list_modules(ptr, ptr, hex) int @lsm_list_modules
lsm_set_self_attr(uint, ptr, uint, hex) int @lsm_set_self_attr
mpx() int
nfsservctl(hex, hex, hex) int
oldolduname(hex) int
olduname(hex) int
pciconfig_iobase(hex, hex, hex) int
pciconfig_read(hex, hex, hex, hex, ptr) int
pciconfig_write(hex, hex, hex, hex, ptr) int
perf_event_open(ptr, int, int, int, lflags:perf_event_open_flags) fd %desc @perf_event_open
prof() int
profil(hex, hex, hex, hex) int
query_module(hex, hex, hex, hex, hex) int
reboot(enum:reboot_magic, enum:reboot_magic, enum:reboot_cmds) int
request_key(str, str, str, int) int @request_key
riscv_hwprobe(ptr, size, size, ptr, hex) int
security(hex, hex, hex) int
set_tls(hex) int
stty(hex, hex) int
sysfs(hex, hex, hex) int
sysinfo(ptr) int @sysinfo
syslog(enum:syslog_actions, ptr, int) int @syslog
tuxcall(hex, hex, hex) int
ulimit(hex, hex) int
uname(ptr) int @uname
usr26() int
usr32() int
vhangup() int
vserver(hex, hex, hex, hex, hex) int
