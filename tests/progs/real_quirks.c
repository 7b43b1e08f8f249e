/*
 * real_quirks.c: what the real programs of tests/integration/realcmds.cmake do that the
 * family programs did not, made on purpose so that the cases do not depend on a runtime
 * being installed: thread names of exactly 15 bytes (Java names its threads so), an epoll
 * deletion given an event (Python's asyncio passes one), netlink addresses with padding
 * left set and negative port ids.
 */
#include <linux/netlink.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <unistd.h>

#define BAD ((void *)8)

static void names(void)
{
	char kept[16] = "C1 CompilerThre";
	char got[16];

	prctl(PR_SET_NAME, "fourteen chars");
	prctl(PR_SET_NAME, kept);
	prctl(PR_GET_NAME, got);
	prctl(PR_SET_NAME, "C1 CompilerThread0");
	prctl(PR_GET_NAME, got);
	prctl(PR_SET_NAME, "");
	prctl(PR_SET_NAME, NULL);
	prctl(PR_SET_NAME, BAD);
	prctl(PR_SET_NAME, "real_quirks");
}

static void epoll_delete(void)
{
	struct epoll_event ev = { .events = EPOLLIN, .data.u64 = 7 };
	int ep = epoll_create1(EPOLL_CLOEXEC), p[2];

	if (ep < 0 || pipe(p) < 0)
		return;
	epoll_ctl(ep, EPOLL_CTL_ADD, p[0], &ev);
	epoll_ctl(ep, EPOLL_CTL_DEL, p[0], &ev);
	epoll_ctl(ep, EPOLL_CTL_DEL, p[0], BAD);
	epoll_ctl(ep, EPOLL_CTL_DEL, p[1], NULL);
	close(p[0]);
	close(p[1]);
	close(ep);
}

/* bound in a network namespace of the test's own (unshare -rn): no port id is taken */
static void netlink(void)
{
	struct sockaddr_nl a;
	socklen_t len = sizeof(a);
	int s = socket(AF_NETLINK, SOCK_RAW | SOCK_CLOEXEC, NETLINK_ROUTE);

	if (s < 0)
		return;
	memset(&a, 0, sizeof(a));
	a.nl_family = AF_NETLINK;
	a.nl_pad = 0x1234;
	a.nl_pid = 0xfffffffb;
	bind(s, (struct sockaddr *)&a, sizeof(a));
	getsockname(s, (struct sockaddr *)&a, &len);
	close(s);
}

int main(void)
{
	names();
	epoll_delete();
	netlink();
	return 0;
}
