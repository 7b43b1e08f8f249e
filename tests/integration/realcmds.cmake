# Real commands (issue 3): ordinary programs of a Debian 12 system, each run under strc and
# under strace in an empty directory of its own (compare.py), every line the same.
# Commands whose output strace itself cannot repeat (random DNS ids, perl's hash seed,
# mktemp names, a shell's SIGCHLD landing before or after wait4, df and findmnt reading
# /proc/self/mountinfo, whose mount ids each new mount namespace takes afresh) are left out.
compare(real_true CMD true)
compare(real_false CMD false)
compare(real_sh CMD sh -c "echo hi")
compare(real_bash CMD bash -c "x=1; echo $x")
compare(real_grep CMD grep root /etc/passwd)
compare(real_sed CMD sed -n 1,3p /etc/os-release)
compare(real_find CMD find /etc/apt -maxdepth 1)
compare(real_tar CMD tar -cf /dev/null /etc/hostname)
compare(real_gzip CMD gzip -c /etc/os-release)
compare(real_gunzip CMD gunzip -c /usr/share/doc/bash/NEWS.gz)
compare(real_python CMD python3 -c "import os; print(os.getrusage(0).ru_maxrss > 0)")
compare(real_python_socket CMD python3 -c "import socket; socket.socket().close()")
compare(real_date CMD date -u -d @0)
compare(real_stat CMD stat /etc/hostname)
compare(real_stat_f CMD stat -f /)
compare(real_du CMD du -s /etc/apt)
compare(real_env CMD env)
compare(real_ls_l CMD ls -l /etc/apt)
compare(real_ls_R CMD ls -R /etc/apt)
compare(real_sort CMD sort -u /etc/os-release)
compare(real_uniq CMD uniq /etc/os-release)
compare(real_wc CMD wc /etc/os-release)
compare(real_head CMD head -n 2 /etc/os-release)
compare(real_tail CMD tail -c 20 /etc/os-release)
compare(real_touch CMD touch f)
compare(real_mkdir CMD mkdir -p a/b/c)
compare(real_rmdir CMD rmdir /nonexistent)
compare(real_rm CMD rm -f nothere)
compare(real_ln CMD ln -s target l)
compare(real_readlink CMD readlink -f /etc/../etc/hostname)
compare(real_truncate CMD truncate -s 100 t)
compare(real_dd CMD dd if=/dev/zero of=z bs=512 count=4 status=none)
compare(real_split CMD split -l 2 /etc/os-release)
compare(real_mv CMD mv /nonexistent y)
compare(real_mkfifo CMD mkfifo p)
compare(real_id CMD id)
compare(real_uname CMD uname -a)
compare(real_hostname CMD hostname)
compare(real_getent CMD getent passwd root)
compare(real_cmake CMD cmake --version)
compare(real_gcc CMD gcc --version)
compare(real_make CMD make -v)
compare(real_awk CMD awk "BEGIN{print 1+1}")
compare(real_cut CMD cut -d: -f1 /etc/passwd)
compare(real_diff CMD diff /etc/hostname /etc/os-release)
compare(real_cmp CMD cmp /etc/hostname /etc/hostname)
compare(real_base64 CMD base64 /etc/hostname)
compare(real_sha256sum CMD sha256sum /etc/os-release)
compare(real_od CMD od -c /etc/hostname)
# timeout waits in sigsuspend for its child: whether the SIGCHLD lands before that wait4
# or after it is scheduling, under strace as under strc (4 of ~130 lines move).
compare(real_timeout MIN 95 CMD timeout 1 true)
compare(real_nice CMD nice true)
compare(real_setsid CMD setsid true)
compare(real_taskset CMD taskset -p 1)
compare(real_prlimit CMD prlimit --nofile=100 true)
compare(real_unshare CMD unshare -U true)
compare(real_lscpu CMD lscpu)
compare(real_getconf CMD getconf -a)
compare(real_sleep CMD sleep 0.01)
# copy_file_range first tries FICLONE, which strace names "BTRFS_IOC_CLONE or FICLONE"
compare(real_cp CMD cp /etc/hostname x)
compare(real_install CMD install -m 644 /etc/hostname h)
# sched_setscheduler / sched_getattr: their structures
compare(real_chrt_p CMD chrt -p 1)
compare(real_chrt CMD chrt -o 0 true)
# ioprio_set's IOPRIO_PRIO_VALUE(class, data)
compare(real_ionice CMD ionice -c 3 true)

# Programs that need files to work on: realsetup.sh makes them in each run's directory
# before the tracer starts (a git repository with one commit, a C file, a Makefile ...).
set(REAL_SETUP "sh ${CMAKE_CURRENT_SOURCE_DIR}/integration/realsetup.sh")
set(GIT env HOME=. GIT_CONFIG_NOSYSTEM=1 git)
# git init and clone make a temporary file (is a symlink possible here?): glibc's mkstemp
# calls getrandom once, or twice in about one run of twenty, under strace alone too.
compare(real_git_init OPTS -e trace=!getrandom CMD ${GIT} init -q r)
compare(real_git_log OPTS --setup "${REAL_SETUP} gitrepo" CMD ${GIT} -C r log)
# a plain status refreshes the index, whose entries hold the files' ctimes: not repeatable
compare(real_git_status OPTS --setup "${REAL_SETUP} gitrepo" CMD ${GIT} --no-optional-locks -C r status)
compare(real_git_diff OPTS --setup "${REAL_SETUP} gitrepo" CMD ${GIT} -C r diff)
compare(real_git_show OPTS --setup "${REAL_SETUP} gitrepo" CMD ${GIT} -C r show)
# git add and commit name their objects' temporary files after bytes of /dev/urandom, and
# write the index with ctimes; a checkout writes the index too: clone -n. Untraced, its
# child's SIGCHLD lands before or after the parent's wait4; traced (-f) it races only on a
# loaded machine (1 line of 1541).
compare(real_git_clone MIN 99 OPTS --setup "${REAL_SETUP} gitrepo" -f -e trace=!getrandom
        CMD ${GIT} clone -nq r c)
# Compiling only, through pipes: each temporary file name (cc1's .s, collect2's and ld's)
# costs one getrandom call, sometimes two, from one run to the next, under strace alone too.
compare(real_gcc_c MIN 99 OPTS --setup "${REAL_SETUP} csource" -f CMD gcc -pipe -c hello.c)
compare(real_make_f MIN 99 OPTS --setup "${REAL_SETUP} makefile" -f CMD make -s)
compare(real_make_n OPTS --setup "${REAL_SETUP} makefile" CMD make -n)
compare(real_cmake_copy CMD cmake -E copy /etc/hostname h)
compare(real_cmake_rm OPTS --setup "${REAL_SETUP} files" CMD cmake -E rm -rf d)
compare(real_ssh_V CMD ssh -V)
compare(real_curl_file CMD curl -s file:///etc/hostname)
compare(real_file CMD file /etc/hostname)
compare(real_xz CMD xz -c /etc/os-release)
compare(real_zstd CMD zstd -q -c /etc/os-release)
compare(real_gpg CMD env HOME=. gpg --version)
compare(real_free CMD free)

# Clients and servers on loopback: realserve.py plays the untraced other end on a fixed
# port (the addresses printed must repeat), holding a lock per port. Its HTTP server answers
# in one send, so a client reads the answer whole whatever the timing; its client connects
# from PORT+1. curl is left out: its poll timeouts count down the milliseconds left, and it
# prints its ephemeral port (getsockname), under strace as under strc.
function(served name port role)
  cmake_parse_arguments(PARSE_ARGV 3 S "" "" "OPTS;CMD")
  add_test(NAME cmp.${name} COMMAND ${Python3_EXECUTABLE}
           ${CMAKE_CURRENT_SOURCE_DIR}/integration/realserve.py ${port} ${role} --
           ${COMPARE} ${S_OPTS} -- ${S_CMD})
  set_tests_properties(cmp.${name} PROPERTIES SKIP_RETURN_CODE 77 TIMEOUT 120)
endfunction()
served(real_wget 47600 http CMD wget -q -O - http://127.0.0.1:47600/f)
served(real_urllib 47610 http CMD python3 -c
       "import urllib.request as u; print(u.urlopen('http://127.0.0.1:47610/f').read())")
served(real_http_server 47620 get CMD python3 -c
       "import http.server as h; h.HTTPServer(('127.0.0.1', 47620), h.SimpleHTTPRequestHandler).handle_request()")
served(real_echo_client 47630 echo CMD python3 -c
       "import socket; s = socket.create_connection(('127.0.0.1', 47630)); s.sendall(b'ping'); print(s.recv(4)); s.close()")
served(real_echo_server 47640 get CMD python3 -c
       "import socket; l = socket.create_server(('127.0.0.1', 47640)); c, a = l.accept(); c.sendall(c.recv(100)); c.close()")

# Container tools, as an unprivileged user would run them (-r: root only in the namespace).
compare(real_unshare_r CMD unshare -r id)
compare(real_unshare_ru CMD unshare -ru hostname box)
compare(real_unshare_rpf MIN 99 OPTS -f CMD unshare -rpf --mount-proc true)
compare(real_nsenter CMD nsenter -t 1 -a true)
compare(real_chroot OPTS --setup "${REAL_SETUP} chroot" CMD chroot root /bin/true)
# Left out: mount, lsblk and findmnt read /proc/self/mountinfo (see the top); mount is also
# set-user-ID, and exec drops the ADDR_NO_RANDOMIZE personality for it: addresses vary.

# What the real programs above and below do that the family programs did not, on purpose
# (thread names of 15 bytes, an epoll deletion given an event, netlink padding and negative
# port ids), in a network namespace of its own for the netlink port id.
compare(real_quirks CMD unshare -rn ${PROGS}/real_quirks)
compare(real_quirks_s8 OPTS -s 8 CMD unshare -rn ${PROGS}/real_quirks)

# Scripting runtimes. Left out: perl reads its rand() seed from /dev/urandom (5.36 has no
# PERL_RAND_SEED); Python threads, node and java wake each other by futex in an order of the
# scheduler's choosing, and V8 picks its mmap hints at random.
compare(real_python_asyncio CMD python3 -c "import asyncio; asyncio.run(asyncio.sleep(0))")
find_program(TCLSH tclsh)
if(TCLSH)
  compare(real_tclsh OPTS --setup "${REAL_SETUP} tcl" CMD ${TCLSH} s.tcl)
endif()

# Everyday tools. A program that starts a child (tar's gzip, find -exec, xargs, script) is
# traced with -f: untraced, the child's SIGCHLD lands before or after the parent's wait4.
# Traced, it still may on a loaded machine (make, gcc and unshare -f too): 99, not 100.
compare(real_tar_czf MIN 99 OPTS --setup "${REAL_SETUP} files" -f CMD tar czf t.tgz d)
compare(real_tar_xf OPTS --setup "${REAL_SETUP} tarball" CMD tar xf t.tar)
compare(real_find_exec MIN 99 OPTS --setup "${REAL_SETUP} files" -f CMD find d -name "f*" -exec cat {} +)
compare(real_xargs MIN 99 OPTS -f CMD xargs -a /etc/hostname echo)
# 100000 lines: sort sizes its buffer by sysinfo and prlimit64, reads and writes in big blocks
compare(real_sort_big OPTS --setup "${REAL_SETUP} numbers" CMD sort -n numbers -o sorted)
compare(real_dd_ibs_obs OPTS --setup "${REAL_SETUP} numbers" CMD
        dd if=numbers of=o ibs=100 obs=3000 count=30 status=none)
compare(real_dd_seek OPTS --setup "${REAL_SETUP} numbers" CMD
        dd if=numbers of=o bs=4k skip=2 seek=1 count=3 conv=notrunc,fsync status=none)
# script's poll loop (poll, read, wait4) sees the child's exit with or before stdin's end
# as the scheduler has it: left out, so the case can ask for every other line
compare(real_script OPTS -f -e trace=!poll,read,wait4 CMD script -qc true /dev/null)
compare(real_stty CMD stty -F /dev/ptmx)
compare(real_openssl CMD openssl dgst -sha256 /etc/hostname)
# Left out as well: openssl s_client/s_server (the TLS randoms are in what they write),
# uptime and w (they read /proc/uptime and /proc/loadavg), ps and top (/proc counters, and
# get_mempolicy/set_mempolicy, decoded by the ioctl+numa work), ip and ss (netlink).

# Real commands under the common options (issue 14: strace 7.2 as the reference).
# cp -a asks flistxattr/llistxattr for the list's size with a size of 0 first: the buffer is
# shown as its address, nothing was written to it (one directory of one file: the order in
# which cp meets several files is the directory's)
compare(real_cp_a OPTS --setup "${REAL_SETUP} files" CMD cp -a d/e e2)
# -k on a stripped program and libc's versioned symbols: 7.2 (libdw) names a frame only
# after a symbol whose size holds it, with its version (__libc_start_main@@GLIBC_2.34), and
# C++ names demangled
compare(real_tar_k OPTS --frames addresses -k CMD tar -cf /dev/null /etc/hostname)
compare(real_cmake_k OPTS --frames addresses -k -e trace=write CMD cmake -E echo hi)
compare(real_ssh_keygen OPTS --setup "${REAL_SETUP} sshkey" CMD ssh-keygen -l -f k.pub)
compare(real_bzip2 CMD bzip2 -c /etc/os-release)
compare(real_nohup CMD nohup true)
compare(real_touch_d CMD touch -d 2000-01-01 f)
compare(real_chmod_R OPTS --setup "${REAL_SETUP} files" CMD chmod -R go-w d)
compare(real_flock MIN 99 OPTS -f CMD flock lk true)
compare(real_ls_la_usr CMD ls -la /usr)
# -yy on a pseudo-terminal's master: 7.2 names its slave (</dev/ptmx<char 5:2 @/dev/pts/0>>)
compare(real_script_yy OPTS -f -yy -e trace=!poll,read,wait4 CMD script -qc true /dev/null)
# netlink in a network namespace of the command's own: strace finds what a netlink socket
# is in its own namespace only, so these messages stay undecoded (netlink.c), the socket an
# inode under -yy
compare(real_ip_netns CMD unshare -rn ip addr)
compare(real_ss_netns OPTS -yy CMD unshare -rn ss -tln)
# netlink string attributes (ip's IFLA_IFNAME "lo\0"): the closing NUL left out, NULs inside
# shown; under -x and -xx all the bytes in \xNN, the NUL too, and "..." after them
compare(real_nlstr CMD ${PROGS}/nlstr)
compare(real_nlstr_x OPTS -x CMD ${PROGS}/nlstr)
compare(real_nlstr_xx OPTS -xx CMD ${PROGS}/nlstr)
compare(real_nlstr_s3 OPTS -x -s 3 CMD ${PROGS}/nlstr)
# -e raw=: preadv2 and pwritev2 show all six registers (the offset's high half too), as in
# strace; Python's os.preadv and os.pwritev make these calls
compare(real_python_raw_v2 OPTS -e raw=all -e trace=/v2$ CMD python3 -c
        "import os; f = os.open('/etc/hostname', os.O_RDONLY); os.preadv(f, [bytearray(2)], 0); os.pwritev(1, [b'x'], 0)")
