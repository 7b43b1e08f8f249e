# The syscalls strace 7.2 decodes and 6.1 cannot (issue 14): the program owns its
# expectations (tests/expect.py), verified against strace 7.x wherever one is at hand.
expect(new72_mseal OPTS -e trace=mseal CMD ${PROGS}/fam_new72 abbrev mseal)
expect(new72_mseal_raw OPTS -X raw -e trace=mseal CMD ${PROGS}/fam_new72 raw mseal)
# futex2: futex_wake, futex_wait, futex_requeue and futex_waitv's struct futex_waitv
expect(new72_futex OPTS -e trace=/^futex_ CMD ${PROGS}/fam_new72 abbrev futex)
expect(new72_futex_raw OPTS -X raw -e trace=/^futex_ CMD ${PROGS}/fam_new72 raw futex)
expect(new72_futex_verbose OPTS -X verbose -e trace=/^futex_ CMD ${PROGS}/fam_new72 verbose futex)
