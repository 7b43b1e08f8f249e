/*
 * fam_newfd.c: newer calls that return a descriptor and take a structure: io_uring_setup
 * (struct io_uring_params) and the landlock calls, with errors; traced in
 * tests/integration/decode2.cmake.
 */
#include <linux/io_uring.h>
#include <linux/landlock.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>

#define UNMAPPED ((void *)8)

static long call(long nr, long a, long b, long c, long d)
{
	return syscall(nr, a, b, c, d);
}

static void uring(void)
{
	struct io_uring_params p;
	int fd;

	memset(&p, 0, sizeof(p));
	fd = call(SYS_io_uring_setup, 4, (long)&p, 0, 0);
	close(fd);
	memset(&p, 0, sizeof(p));
	p.flags = IORING_SETUP_SQPOLL | IORING_SETUP_CQSIZE;
	p.cq_entries = 16;
	p.sq_thread_idle = 100;
	fd = call(SYS_io_uring_setup, 2, (long)&p, 0, 0);
	close(fd);
	memset(&p, 0, sizeof(p));
	p.flags = 0x80000000;
	call(SYS_io_uring_setup, 2, (long)&p, 0, 0);
	memset(&p, 0, sizeof(p));
	p.resv[1] = 1;
	call(SYS_io_uring_setup, 2, (long)&p, 0, 0);
	call(SYS_io_uring_setup, 2, (long)UNMAPPED, 0, 0);
	call(SYS_io_uring_setup, 0, 0, 0, 0);
}

static void landlock(void)
{
	struct landlock_ruleset_attr ra = {
		.handled_access_fs = LANDLOCK_ACCESS_FS_READ_FILE | LANDLOCK_ACCESS_FS_WRITE_FILE,
	};
	struct landlock_path_beneath_attr pb = {
		.allowed_access = LANDLOCK_ACCESS_FS_READ_FILE,
		.parent_fd = 0,
	};
	int fd;

	call(SYS_landlock_create_ruleset, 0, 0, LANDLOCK_CREATE_RULESET_VERSION, 0);
	fd = call(SYS_landlock_create_ruleset, (long)&ra, sizeof(ra), 0, 0);
	call(SYS_landlock_create_ruleset, (long)&ra, 4, 0, 0);
	call(SYS_landlock_create_ruleset, (long)UNMAPPED, sizeof(ra), 0, 0);
	call(SYS_landlock_create_ruleset, (long)&ra, sizeof(ra), 0x10, 0);
	call(SYS_landlock_add_rule, fd, LANDLOCK_RULE_PATH_BENEATH, (long)&pb, 0);
	pb.allowed_access = LANDLOCK_ACCESS_FS_EXECUTE | 0x100000000ULL;
	call(SYS_landlock_add_rule, fd, LANDLOCK_RULE_PATH_BENEATH, (long)&pb, 0);
	call(SYS_landlock_add_rule, fd, LANDLOCK_RULE_PATH_BENEATH, (long)UNMAPPED, 0);
	call(SYS_landlock_add_rule, fd, 7, (long)&pb, 1);
	call(SYS_landlock_restrict_self, -1, 0, 0, 0);
	call(SYS_landlock_restrict_self, fd, 3, 0, 0);
	close(fd);
}

int main(void)
{
	uring();
	landlock();
	return 0;
}
