/*
 * crasher.c: the middle of the report tests' pipeline. It reads its input, looks for a
 * config file that is not there, says a little on stderr, and then uses the missing
 * config as if it had been loaded: a NULL dereference, so it dies of SIGSEGV.
 */
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

struct config {
	int columns;
};

static struct config *load_config(const char *path)
{
	static struct config c;
	int fd = open(path, O_RDONLY);

	if (fd < 0)
		return NULL;	/* the bug: the caller never checks */
	close(fd);
	c.columns = 80;
	return &c;
}

int main(void)
{
	char buf[256];
	static const char msg[] = "crasher: formatting records\n";
	ssize_t n = read(0, buf, sizeof(buf));
	struct config *volatile cfg;

	if (write(2, msg, strlen(msg)) < 0)
		return 2;
	cfg = load_config("/nonexistent-strc-test/crasher.conf");
	printf("%d %zd\n", cfg->columns, n);
	return 0;
}
