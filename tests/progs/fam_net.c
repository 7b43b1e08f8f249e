/*
 * fam_net.c: the network family, traced in tests/integration/net.cmake. Loopback and unix
 * sockets only. TCP ports are fixed (argv[1] picks a base, so cases running in parallel do
 * not meet) and connections end with a zero linger, so no TIME_WAIT is left for the next run.
 * Other checkouts' test suites on the same machine use the same bases: a lock file per base
 * makes them take turns, or one run's client would meet another run's listener (bind fails
 * with EADDRINUSE, accept takes a stranger's connection).
 */
#include <arpa/inet.h>
#include <errno.h>
#include <linux/if_arp.h>
#include <linux/if_ether.h>
#include <linux/if_packet.h>
#include <linux/netlink.h>
#include <poll.h>
#include <linux/rtnetlink.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <fcntl.h>
#include <stdio.h>
#include <sys/file.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <sys/uio.h>
#include <sys/un.h>
#include <unistd.h>

static const char BAD[] = "";	/* a readable address used where a bad length is the point */
static void *volatile unmapped = (void *)0x10;
#define UNMAPPED unmapped

static struct sockaddr_in in4(const char *ip, int port)
{
	struct sockaddr_in a;

	memset(&a, 0, sizeof(a));
	a.sin_family = AF_INET;
	a.sin_port = htons(port);
	inet_pton(AF_INET, ip, &a.sin_addr);
	return a;
}

static void sockets(void)
{
	int sv[2];

	close(socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, IPPROTO_TCP));
	close(socket(AF_INET, SOCK_DGRAM, 0));
	close(socket(AF_INET6, SOCK_STREAM | SOCK_NONBLOCK, 0));
	close(socket(AF_INET6, SOCK_DGRAM, IPPROTO_UDP));
	close(socket(AF_UNIX, SOCK_SEQPACKET, 0));
	close(socket(AF_NETLINK, SOCK_RAW | SOCK_CLOEXEC, NETLINK_ROUTE));
	close(socket(AF_NETLINK, SOCK_DGRAM, NETLINK_AUDIT));
	socket(AF_INET, 99, 0);
	socket(12345, SOCK_STREAM, 0);
	socket(AF_INET, SOCK_STREAM, 77);
	socket(AF_PACKET, SOCK_RAW, htons(3));
	if (socketpair(AF_UNIX, SOCK_STREAM, 0, sv) == 0) {
		close(sv[0]);
		close(sv[1]);
	}
	socketpair(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, 0, UNMAPPED);
	socketpair(AF_INET, SOCK_STREAM, 0, sv);
	socket(AF_INET, 0x80007, 0);
	socket(AF_INET, 0x1001, 0);
	socket(AF_INET, 0x100b, 0);
	socket(AF_UNIX, SOCK_STREAM, 5);
}

static void packet(void)
{
	int p = socket(AF_PACKET, SOCK_DGRAM, htons(ETH_P_IP));
	struct sockaddr_ll ll;
	struct sockaddr_storage ss;
	socklen_t len = sizeof(ss);

	memset(&ll, 0, sizeof(ll));
	ll.sll_family = AF_PACKET;
	ll.sll_protocol = htons(ETH_P_IP);
	ll.sll_ifindex = 1;
	ll.sll_hatype = ARPHRD_LOOPBACK;
	ll.sll_halen = 6;
	memcpy(ll.sll_addr, "\1\2\3\4\5\6\7\10", 8);
	bind(p, (struct sockaddr *)&ll, sizeof(ll));
	getsockname(p, (struct sockaddr *)&ss, &len);
	close(p);
}

/* a refused non-blocking connect leaves its error in SO_ERROR */
static void so_error(int port)
{
	int c = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK, 0), val = 0, sv[2];
	struct sockaddr_in a = in4("127.0.0.1", port);
	struct ucred cr;
	socklen_t len = sizeof(val);

	connect(c, (struct sockaddr *)&a, sizeof(a));
	/* the reset comes back in a softirq, which a loaded machine may run late: wait for it */
	poll(&(struct pollfd){ .fd = c, .events = POLLOUT }, 1, 5000);
	getsockopt(c, SOL_SOCKET, SO_ERROR, &val, &len);
	close(c);
	socketpair(AF_UNIX, SOCK_STREAM, 0, sv);
	len = sizeof(cr);
	getsockopt(sv[0], SOL_SOCKET, SO_PEERCRED, &cr, &len);
	len = 4;
	getsockopt(sv[0], SOL_SOCKET, SO_PEERCRED, &cr, &len);
	len = 2;
	getsockopt(sv[0], SOL_SOCKET, SO_TYPE, &val, &len);
	len = 8;
	getsockopt(sv[0], SOL_SOCKET, SO_TYPE, &cr, &len);
	setsockopt(sv[0], SOL_SOCKET, SO_SNDBUF, "abcdefgh", 8);
	setsockopt(sv[0], SOL_SOCKET, SO_SNDBUF, "abcdefgh", 0);
	setsockopt(sv[0], SOL_SOCKET, SO_SNDBUF, NULL, 0);
	setsockopt(sv[0], SOL_SOCKET, SO_LINGER, "abcdefgh", 4);
	setsockopt(sv[0], SOL_SOCKET, SO_LINGER, "abcdefghij", 10);
	setsockopt(sv[0], SOL_SOCKET, SO_BINDTODEVICE, "lo", 3);
	setsockopt(sv[0], SOL_SOCKET, SO_PROTOCOL, "abcdefghij", 10);
	setsockopt(sv[0], SOL_IP, IP_TTL, "abcdefghij", 10);
	setsockopt(sv[0], SOL_NETLINK, NETLINK_PKTINFO, "abcdefghij", 10);
	setsockopt(sv[0], SOL_NETLINK, NETLINK_PKTINFO, "abcdefghij", 3);
	close(sv[0]);
	close(sv[1]);
}

static void addresses(int port)
{
	int s = socket(AF_INET6, SOCK_DGRAM, 0);
	int u = socket(AF_UNIX, SOCK_DGRAM, 0);
	struct sockaddr_in6 a6;
	struct sockaddr_un un;
	struct sockaddr_nl nl;
	struct sockaddr_storage ss;
	int alen;
	struct sockaddr_in a4 = in4("127.0.0.1", 80);
	socklen_t len;

	memset(&a6, 0, sizeof(a6));
	a6.sin6_family = AF_INET6;
	a6.sin6_port = htons(9);
	a6.sin6_flowinfo = htonl(5);
	a6.sin6_scope_id = 0;
	inet_pton(AF_INET6, "::1", &a6.sin6_addr);
	a6.sin6_port = htons(port);
	bind(s, (struct sockaddr *)&a6, sizeof(a6));
	a6.sin6_port = htons(9);
	connect(s, (struct sockaddr *)&a6, sizeof(a6));
	inet_pton(AF_INET6, "fe80::1", &a6.sin6_addr);
	a6.sin6_scope_id = 1;
	connect(s, (struct sockaddr *)&a6, sizeof(a6));
	inet_pton(AF_INET6, "::ffff:127.0.0.1", &a6.sin6_addr);
	a6.sin6_scope_id = 0;
	connect(s, (struct sockaddr *)&a6, 24);
	connect(s, (struct sockaddr *)&a4, sizeof(a4));
	connect(s, (struct sockaddr *)&a4, 8);
	connect(s, (struct sockaddr *)&a4, 2);
	connect(s, (struct sockaddr *)&a4, 0);
	connect(s, UNMAPPED, 16);
	connect(s, NULL, 0);
	connect(s, (struct sockaddr *)&a4, -1);
	a4.sin_family = AF_UNSPEC;
	connect(s, (struct sockaddr *)&a4, sizeof(a4));
	a4.sin_family = 200;
	connect(s, (struct sockaddr *)&a4, sizeof(a4));
	len = sizeof(ss);
	getsockname(s, (struct sockaddr *)&ss, &len);
	len = sizeof(ss);
	getpeername(s, (struct sockaddr *)&ss, &len);
	getsockname(s, (struct sockaddr *)&ss, UNMAPPED);
	getsockname(99, (struct sockaddr *)&ss, &len);
	len = 4;
	getsockname(s, (struct sockaddr *)&ss, &len);

	memset(&un, 0, sizeof(un));
	un.sun_family = AF_UNIX;
	/* one path per port base: cases running at once must not unlink each other's */
	snprintf(un.sun_path, sizeof(un.sun_path), "/tmp/strc-fam-net-%d.sock", port);
	unlink(un.sun_path);
	bind(u, (struct sockaddr *)&un, sizeof(un));
	len = sizeof(ss);
	getsockname(u, (struct sockaddr *)&ss, &len);
	bind(u, (struct sockaddr *)&un, offsetof(struct sockaddr_un, sun_path) + 10);
	unlink(un.sun_path);
	close(u);
	u = socket(AF_UNIX, SOCK_DGRAM, 0);
	memset(un.sun_path, 0, sizeof(un.sun_path));
	/* abstract names are machine-wide too: one per port base, like the path above */
	alen = 1 + snprintf(un.sun_path + 1, sizeof(un.sun_path) - 1, "strc-abstract-%d\n", port);
	bind(u, (struct sockaddr *)&un, offsetof(struct sockaddr_un, sun_path) + alen);
	len = sizeof(ss);
	getsockname(u, (struct sockaddr *)&ss, &len);
	connect(u, (struct sockaddr *)&un, sizeof(un.sun_family));
	close(u);

	u = socket(AF_NETLINK, SOCK_RAW, NETLINK_ROUTE);
	memset(&nl, 0, sizeof(nl));
	nl.nl_family = AF_NETLINK;
	nl.nl_groups = 0x11;
	bind(u, (struct sockaddr *)&nl, sizeof(nl));
	close(u);
	close(s);
	(void)BAD;
}

static void linger0(int fd)
{
	struct linger l = { 1, 0 };

	setsockopt(fd, SOL_SOCKET, SO_LINGER, &l, sizeof(l));
}

static void tcp(int port)
{
	int one = 1, val = 0;
	socklen_t len;
	struct sockaddr_in srv = in4("127.0.0.1", port), cli = in4("127.0.0.1", port + 1), peer;
	struct timeval tv = { 0, 500 };
	struct linger l;
	int ls, c, a;
	char buf[64];

	ls = socket(AF_INET, SOCK_STREAM, IPPROTO_TCP);
	setsockopt(ls, SOL_SOCKET, SO_REUSEADDR, &one, sizeof(one));
	setsockopt(ls, SOL_TCP, TCP_NODELAY, &one, sizeof(one));
	setsockopt(ls, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof(tv));
	setsockopt(ls, SOL_SOCKET, SO_REUSEADDR, UNMAPPED, 4);
	setsockopt(ls, SOL_SOCKET, SO_REUSEADDR, &one, 2);
	setsockopt(ls, SOL_IP, IP_TOS, &one, sizeof(one));
	setsockopt(ls, 999, 5, &one, sizeof(one));
	setsockopt(ls, SOL_SOCKET, 9999, &one, sizeof(one));
	bind(ls, (struct sockaddr *)&srv, sizeof(srv));
	listen(ls, 5);
	listen(-1, 0);

	c = socket(AF_INET, SOCK_STREAM, 0);
	setsockopt(c, SOL_SOCKET, SO_REUSEADDR, &one, sizeof(one));
	linger0(c);
	bind(c, (struct sockaddr *)&cli, sizeof(cli));
	connect(c, (struct sockaddr *)&srv, sizeof(srv));
	len = sizeof(peer) + 10;
	a = accept(ls, (struct sockaddr *)&peer, &len);
	linger0(a);

	len = sizeof(val);
	getsockopt(ls, SOL_SOCKET, SO_REUSEADDR, &val, &len);
	len = sizeof(val);
	getsockopt(ls, SOL_SOCKET, SO_TYPE, &val, &len);
	len = sizeof(val);
	getsockopt(c, SOL_SOCKET, SO_ERROR, &val, &len);
	len = sizeof(val);
	getsockopt(ls, SOL_TCP, TCP_NODELAY, &val, &len);
	len = sizeof(l);
	getsockopt(c, SOL_SOCKET, SO_LINGER, &l, &len);
	len = sizeof(tv);
	getsockopt(ls, SOL_SOCKET, SO_RCVTIMEO, &tv, &len);
	len = 100;
	getsockopt(ls, SOL_SOCKET, SO_RCVBUF, &val, UNMAPPED);
	getsockopt(ls, 999, 1, &val, &len);

	sendto(c, "hello over tcp", 14, 0, NULL, 0);
	recvfrom(a, buf, sizeof(buf), 0, NULL, NULL);
	send(a, "reply\0with nul and more than thirty-two bytes", 46, MSG_NOSIGNAL);
	/* loopback delivers in a softirq, late on a loaded machine: wait for the data */
	poll(&(struct pollfd){ .fd = c, .events = POLLIN }, 1, 5000);
	recv(c, buf, sizeof(buf), MSG_WAITALL | MSG_DONTWAIT);
	recv(c, buf, sizeof(buf), MSG_DONTWAIT);
	recvfrom(c, UNMAPPED, 10, MSG_DONTWAIT, NULL, NULL);
	sendto(c, UNMAPPED, 10, 0, NULL, 0);
	len = sizeof(peer);
	getpeername(c, (struct sockaddr *)&peer, &len);
	shutdown(c, SHUT_WR);
	shutdown(a, SHUT_RDWR);
	shutdown(a, 7);
	close(c);
	close(a);

	/* refused: nobody listens on port + 2 */
	c = socket(AF_INET, SOCK_STREAM, 0);
	cli = in4("127.0.0.1", port + 2);
	connect(c, (struct sockaddr *)&cli, sizeof(cli));
	close(c);

	/* accept4 with flags and with no address */
	c = socket(AF_INET, SOCK_STREAM, 0);
	linger0(c);
	cli = in4("127.0.0.1", port + 3);
	setsockopt(c, SOL_SOCKET, SO_REUSEADDR, &one, sizeof(one));
	bind(c, (struct sockaddr *)&cli, sizeof(cli));
	connect(c, (struct sockaddr *)&srv, sizeof(srv));
	a = accept4(ls, NULL, NULL, SOCK_CLOEXEC | SOCK_NONBLOCK);
	linger0(a);
	accept4(ls, (struct sockaddr *)&peer, &len, SOCK_NONBLOCK);
	accept(ls, (struct sockaddr *)&peer, UNMAPPED);
	accept4(ls, NULL, NULL, 0x4);
	close(a);
	close(c);
	close(ls);
}

static void udp(int port)
{
	int s = socket(AF_INET, SOCK_DGRAM, 0), r = socket(AF_INET, SOCK_DGRAM, 0);
	struct sockaddr_in ra = in4("127.0.0.1", port), sa = in4("127.0.0.1", port + 1), from;
	socklen_t len;
	char buf[64];

	bind(r, (struct sockaddr *)&ra, sizeof(ra));
	bind(s, (struct sockaddr *)&sa, sizeof(sa));
	sendto(s, "datagram", 8, 0, (struct sockaddr *)&ra, sizeof(ra));
	len = sizeof(from);
	recvfrom(r, buf, sizeof(buf), 0, (struct sockaddr *)&from, &len);
	sendto(s, "x", 1, MSG_CONFIRM, (struct sockaddr *)&ra, 3);
	len = 0;
	recvfrom(r, buf, sizeof(buf), MSG_DONTWAIT, (struct sockaddr *)&from, &len);
	recvfrom(r, buf, sizeof(buf), MSG_DONTWAIT, (struct sockaddr *)&from, UNMAPPED);
	close(s);
	close(r);
}

static void messages(void)
{
	int sv[2], fds[2];
	char c1[CMSG_SPACE(sizeof(int) * 2)], c2[CMSG_SPACE(sizeof(struct ucred))];
	char big[CMSG_SPACE(sizeof(int) * 2) + CMSG_SPACE(sizeof(struct ucred))];
	char b1[8], b2[16];
	struct iovec iov[2] = { { "first", 5 }, { "second part", 11 } };
	struct msghdr m;
	struct cmsghdr *cm;
	struct ucred cr = { 0, 0, 0 };
	int one = 1;

	socketpair(AF_UNIX, SOCK_STREAM, 0, sv);
	socketpair(AF_UNIX, SOCK_STREAM, 0, fds);
	memset(&m, 0, sizeof(m));
	m.msg_iov = iov;
	m.msg_iovlen = 2;
	m.msg_control = c1;
	m.msg_controllen = sizeof(c1);
	cm = CMSG_FIRSTHDR(&m);
	cm->cmsg_level = SOL_SOCKET;
	cm->cmsg_type = SCM_RIGHTS;
	cm->cmsg_len = CMSG_LEN(sizeof(int) * 2);
	memcpy(CMSG_DATA(cm), fds, sizeof(fds));
	sendmsg(sv[0], &m, 0);

	memset(&m, 0, sizeof(m));
	iov[0].iov_base = b1;
	iov[0].iov_len = sizeof(b1);
	iov[1].iov_base = b2;
	iov[1].iov_len = sizeof(b2);
	m.msg_iov = iov;
	m.msg_iovlen = 2;
	m.msg_control = big;
	m.msg_controllen = sizeof(big);
	recvmsg(sv[1], &m, MSG_CMSG_CLOEXEC);
	for (cm = CMSG_FIRSTHDR(&m); cm; cm = CMSG_NXTHDR(&m, cm))
		if (cm->cmsg_type == SCM_RIGHTS) {
			int got[2];
			memcpy(got, CMSG_DATA(cm), sizeof(got));
			close(got[0]);
			close(got[1]);
		}

	/* credentials */
	setsockopt(sv[1], SOL_SOCKET, SO_PASSCRED, &one, sizeof(one));
	memset(&m, 0, sizeof(m));
	iov[0].iov_base = "c";
	iov[0].iov_len = 1;
	m.msg_iov = iov;
	m.msg_iovlen = 1;
	m.msg_control = c2;
	m.msg_controllen = sizeof(c2);
	cm = CMSG_FIRSTHDR(&m);
	cm->cmsg_level = SOL_SOCKET;
	cm->cmsg_type = SCM_CREDENTIALS;
	cm->cmsg_len = CMSG_LEN(sizeof(cr));
	cr.pid = getpid();
	cr.uid = getuid();
	cr.gid = getgid();
	memcpy(CMSG_DATA(cm), &cr, sizeof(cr));
	sendmsg(sv[0], &m, MSG_NOSIGNAL);
	memset(&m, 0, sizeof(m));
	iov[0].iov_base = b1;
	iov[0].iov_len = sizeof(b1);
	m.msg_iov = iov;
	m.msg_iovlen = 1;
	m.msg_control = big;
	m.msg_controllen = sizeof(big);
	recvmsg(sv[1], &m, 0);

	/* no control data, errors */
	memset(&m, 0, sizeof(m));
	iov[0].iov_base = "plain";
	iov[0].iov_len = 5;
	m.msg_iov = iov;
	m.msg_iovlen = 1;
	sendmsg(sv[0], &m, 0);
	iov[0].iov_base = b1;
	iov[0].iov_len = 2;
	recvmsg(sv[1], &m, MSG_PEEK);
	sendmsg(sv[0], UNMAPPED, 0);
	recvmsg(sv[1], UNMAPPED, 0);
	m.msg_iov = UNMAPPED;
	sendmsg(sv[0], &m, 0);
	recvmsg(99, &m, 0);
	close(fds[0]);
	close(fds[1]);
	close(sv[0]);
	close(sv[1]);
}

static void mmsg(void)
{
	int sv[2];
	struct mmsghdr mm[2];
	struct iovec iov[2] = { { "one", 3 }, { "two!", 4 } };
	char b1[8], b2[8];
	struct timespec ts = { 0, 0 };

	socketpair(AF_UNIX, SOCK_DGRAM, 0, sv);
	memset(mm, 0, sizeof(mm));
	mm[0].msg_hdr.msg_iov = &iov[0];
	mm[0].msg_hdr.msg_iovlen = 1;
	mm[1].msg_hdr.msg_iov = &iov[1];
	mm[1].msg_hdr.msg_iovlen = 1;
	sendmmsg(sv[0], mm, 2, 0);
	memset(mm, 0, sizeof(mm));
	iov[0].iov_base = b1;
	iov[0].iov_len = sizeof(b1);
	iov[1].iov_base = b2;
	iov[1].iov_len = sizeof(b2);
	mm[0].msg_hdr.msg_iov = &iov[0];
	mm[0].msg_hdr.msg_iovlen = 1;
	mm[1].msg_hdr.msg_iov = &iov[1];
	mm[1].msg_hdr.msg_iovlen = 1;
	recvmmsg(sv[1], mm, 2, MSG_DONTWAIT, &ts);
	recvmmsg(sv[1], mm, 2, MSG_DONTWAIT, NULL);
	sendmmsg(sv[0], UNMAPPED, 2, 0);
	close(sv[0]);
	close(sv[1]);
}

static void netlink(void)
{
	int s = socket(AF_NETLINK, SOCK_RAW | SOCK_CLOEXEC, NETLINK_ROUTE);
	struct {
		struct nlmsghdr nh;
		struct rtgenmsg g;
	} req;
	struct sockaddr_nl nl = { .nl_family = AF_NETLINK };
	char buf[8192];
	struct iovec iov = { buf, sizeof(buf) };
	struct msghdr m = { &nl, sizeof(nl), &iov, 1, NULL, 0, 0 };

	memset(&req, 0, sizeof(req));
	req.nh.nlmsg_len = sizeof(req);
	req.nh.nlmsg_type = RTM_GETADDR;
	req.nh.nlmsg_flags = NLM_F_REQUEST | NLM_F_DUMP;
	req.nh.nlmsg_seq = 1;
	req.g.rtgen_family = AF_UNSPEC;
	bind(s, (struct sockaddr *)&nl, sizeof(nl));
	sendto(s, &req, sizeof(req), 0, (struct sockaddr *)&nl, sizeof(nl));
	(void)m;
	close(s);
}

int main(int argc, char **argv)
{
	int port = argc > 1 ? atoi(argv[1]) : 47100;
	char lock[64];

	snprintf(lock, sizeof(lock), "/tmp/strc-fam-net-%d.lock", port);
	flock(open(lock, O_RDWR | O_CREAT | O_CLOEXEC, 0644), LOCK_EX);

	sockets();
	addresses(port + 20);
	tcp(port);
	udp(port + 10);
	packet();
	so_error(port + 30);
	messages();
	mmsg();
	netlink();
	return 0;
}
