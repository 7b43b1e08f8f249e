# Integration cases: each runs a real command under strc and under strace and wants the
# same lines (compare.py). Family programs live in tests/progs/.

# Foundation
compare(hello CMD ${PROGS}/hello)
compare(echo CMD /bin/echo hi)
compare(cat_os_release CMD cat /etc/os-release)
compare(ls_nonexistent CMD ls /nonexistent)
compare(hello_s8 OPTS -s 8 CMD ${PROGS}/hello)
compare(echo_s8 OPTS -s 8 CMD /bin/echo hi)
compare(cat_s8 OPTS -s 8 CMD cat /etc/os-release)
compare(ls_s8 OPTS -s 8 CMD ls /nonexistent)
compare(hello_trace OPTS -e trace=openat,close CMD ${PROGS}/hello)
compare(echo_trace OPTS -e trace=openat,close CMD /bin/echo hi)
compare(cat_trace OPTS -e trace=openat,close CMD cat /etc/os-release)
compare(ls_trace OPTS -e trace=openat,close CMD ls /nonexistent)
