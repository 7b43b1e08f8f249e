# Smaller decoders of strace 7.2 that 6.1 lacks or prints shorter (issue 14): the program
# owns its expectations (tests/expect.py), verified against strace 7.x wherever one is at hand.
# landlock: the ruleset attribute's newer fields (net, scoped, quiet_*), net port rules
expect(misc72_landlock OPTS -e trace=/^landlock_ CMD ${PROGS}/fam_misc72 abbrev landlock)
expect(misc72_landlock_raw OPTS -X raw -e trace=/^landlock_ CMD ${PROGS}/fam_misc72 raw landlock)
expect(misc72_landlock_verbose OPTS -X verbose -e trace=/^landlock_ CMD ${PROGS}/fam_misc72 verbose landlock)
