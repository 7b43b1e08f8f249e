/*
 * nlstr.c: string attributes of netlink messages as real programs send them and as they
 * should not be (ip names an interface "lo\0"; NULs inside, none at the end, only NULs),
 * for the string printer under -x, -xx and -s. The requests go to a route socket that
 * ignores them (MSG_DONTWAIT, nothing is read back).
 */
#include <linux/if_link.h>
#include <linux/netlink.h>
#include <linux/rtnetlink.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

static void send_name(int fd, const char *name, int len)
{
	struct {
		struct nlmsghdr h;
		struct ifinfomsg i;
		struct nlattr a;
		char s[16];
	} m;

	memset(&m, 0, sizeof(m));
	m.a.nla_len = NLA_HDRLEN + len;
	m.a.nla_type = IFLA_IFNAME;
	memcpy(m.s, name, len);
	m.h.nlmsg_len = NLMSG_LENGTH(sizeof(m.i)) + NLA_ALIGN(m.a.nla_len);
	m.h.nlmsg_type = RTM_GETLINK;
	m.h.nlmsg_flags = NLM_F_REQUEST;
	sendto(fd, &m, m.h.nlmsg_len, MSG_DONTWAIT, NULL, 0);
}

int main(void)
{
	struct sockaddr_nl self = { .nl_family = AF_NETLINK };
	int fd = socket(AF_NETLINK, SOCK_RAW, NETLINK_ROUTE);

	/* bound, as ip binds it: an unbound socket is not listed yet, its first message not
	 * decoded (by strace either) */
	bind(fd, (struct sockaddr *)&self, sizeof(self));

	send_name(fd, "lo", 3);
	send_name(fd, "lo\0x", 5);
	send_name(fd, "l\1o", 4);
	send_name(fd, "lo", 2);
	send_name(fd, "l\1o", 3);
	send_name(fd, "abcdef", 7);
	send_name(fd, "\0\0\0", 4);
	send_name(fd, "a\tb", 4);
	close(fd);
	return 0;
}
