/*
 * options.c: the sanitizers' defaults, linked into strc only when it is built with
 * -DSTRC_SANITIZE=ON. Built in rather than taken from ASAN_OPTIONS/UBSAN_OPTIONS so that the
 * environment strc hands to the command it traces stays the caller's (it shows in execve
 * under -v), and so that any report ends strc with a status no test expects: a report is a
 * failed test whoever runs the suite.
 */

const char *__asan_default_options(void);
const char *__ubsan_default_options(void);

const char *__asan_default_options(void)
{
	return "halt_on_error=1:exitcode=86:detect_leaks=1:abort_on_error=0";
}

const char *__ubsan_default_options(void)
{
	return "halt_on_error=1:print_stacktrace=1:exitcode=86";
}
