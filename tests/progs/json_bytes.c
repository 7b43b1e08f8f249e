/*
 * json_bytes.c: writes bytes that could break a JSON stream (control bytes, invalid UTF-8,
 * quotes, backslashes, NUL, a valid multibyte character) in buffers and in paths, so that
 * tests/integration/json_bytes.py can check they come back exactly from strc's JSON.
 */
#include <fcntl.h>
#include <unistd.h>

static const char payload[] = "q\"b\\s\x01\x1f\x7f\xff\xfe\xc3\x28nul\0after\xe2\x82\xac\n";

int main(void)
{
	int fd = open("/dev/null", O_WRONLY);

	write(fd, payload, sizeof(payload) - 1);
	/* paths: the kernel stops at the NUL; the rest of the bytes reach the tracee's string */
	open("/nonexistent/\x01\"\\\xff\xc3\x28\xe2\x82\xac\n", O_RDONLY);
	write(fd, "\xf0\x9f\x98\x80 ok", 7);
	close(fd);
	return 0;
}
