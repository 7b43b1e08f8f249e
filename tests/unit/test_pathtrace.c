/* test_pathtrace.c: -P's path set with what the paths resolve into, and which calls match. */
#include <criterion/criterion.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "filter.h"
#include "tables.h"


static char dir[] = "/tmp/strc-pathtrace-XXXXXX";
static char file[PATH_MAX], link_[PATH_MAX];

static void setup(void)
{
	qualify_reset();
	cr_assert(mkdtemp(dir));
	snprintf(file, sizeof(file), "%s/file", dir);
	snprintf(link_, sizeof(link_), "%s/link", dir);
	close(open(file, O_CREAT | O_WRONLY, 0600));
	cr_assert_eq(symlink("file", link_), 0);
}

static void teardown(void)
{
	unlink(link_);
	unlink(file);
	rmdir(dir);
}

TestSuite(pathtrace, .init = setup, .fini = teardown);

static void use_paths(const char **p, int n)
{
	opt.quiet = 3;	/* no "Requested path ... resolved" notes in the test's output */
	opt.paths = p;
	opt.npaths = n;
	pathtrace_init();
}

/* A call of this process, with the given arguments. */
static struct tracee call(const char *name, uint64_t a0, uint64_t a1)
{
	struct tracee t = { .pid = getpid() };

	t.id = syscall_by_name(name);
	t.se = &sysent[t.id];
	t.arch = arch_by_name("x86_64");
	t.args[0] = a0;
	t.args[1] = a1;
	return t;
}

Test(pathtrace, a_symlink_brings_its_target)
{
	const char *p[] = { link_ };

	use_paths(p, 1);
	cr_expect(pathtrace_active());
	cr_expect(pathtrace_has(link_));
	cr_expect(pathtrace_has(file));
	cr_expect(!pathtrace_has(dir));
}

Test(pathtrace, a_missing_path_stays_as_given)
{
	const char *p[] = { "no/such/path" };

	use_paths(p, 1);
	cr_expect(pathtrace_has("no/such/path"));
}

Test(pathtrace, paths_and_descriptors)
{
	const char *p[] = { file };
	struct tracee t;
	int fd = open(file, O_RDONLY), other = open("/dev/null", O_RDONLY);

	use_paths(p, 1);
	t = call("read", fd, 0);
	cr_expect(pathtrace_match(&t));
	t = call("read", other, 0);
	cr_expect(!pathtrace_match(&t));
	t = call("unlink", (uintptr_t)file, 0);
	cr_expect(pathtrace_match(&t));
	t = call("unlink", (uintptr_t)link_, 0);	/* the string is compared, not resolved */
	cr_expect(!pathtrace_match(&t));
	t = call("getpid", fd, 0);			/* not a file or descriptor call */
	cr_expect(!pathtrace_match(&t));
	t = call("symlink", (uintptr_t)file, (uintptr_t)"x");	/* a target is not looked at */
	cr_expect(!pathtrace_match(&t));
	close(fd);
	close(other);
}

Test(pathtrace, trace_fds)
{
	struct tracee t;

	use_paths(NULL, 0);
	cr_expect(!pathtrace_active());
	cr_assert_eq(qualify("trace-fds=5,7"), 0);
	cr_expect(pathtrace_active());
	t = call("close", 7, 0);
	cr_expect(pathtrace_match(&t));
	t = call("close", 6, 0);
	cr_expect(!pathtrace_match(&t));
	cr_assert_eq(qualify("fd=!5"), 0);
	t = call("close", 6, 0);
	cr_expect(pathtrace_match(&t));
	t = call("close", 5, 0);
	cr_expect(!pathtrace_match(&t));
}
