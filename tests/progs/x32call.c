/*
 * x32call: one getpid through the x32 entry point, so that -c prints a second table
 * ("System call usage summary for x32 mode:"). Elsewhere than x86_64 it only exits.
 */
#include <sys/syscall.h>
#include <unistd.h>

int main(void)
{
#if defined(__x86_64__)
	syscall(0x40000000L | SYS_getpid);
#endif
	return 0;
}
