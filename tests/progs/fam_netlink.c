/*
 * fam_netlink.c: netlink messages, traced in tests/integration/netlink.cmake. NETLINK_ROUTE
 * requests about the loopback device only (its link, its addresses, a route lookup), a
 * NETLINK_SOCK_DIAG lookup of a TCP listener and a unix listener this program creates, the
 * errors the kernel answers bad requests with, malformed buffers that are printed but never
 * sent, and one request each on sockets of other protocols (generic, audit, xfrm, uevent). Each socket binds to a fixed port id (argv[1] picks a base, so cases running
 * in parallel do not meet): an autobound id would differ from run to run.
 */
#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <linux/genetlink.h>
#include <linux/if_link.h>
#include <linux/inet_diag.h>
#include <linux/netlink.h>
#include <linux/rtnetlink.h>
#include <linux/sock_diag.h>
#include <linux/unix_diag.h>
#include <netinet/in.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/uio.h>
#include <sys/un.h>
#include <unistd.h>

#ifndef NETLINK_EXT_ACK
#define NETLINK_EXT_ACK 11
#endif
#ifndef NETLINK_GET_STRICT_CHK
#define NETLINK_GET_STRICT_CHK 12
#endif

/* A message being built: header, fixed part, attributes. */
struct msg {
	unsigned char b[1024];
	size_t len;
};

static struct nlmsghdr *msg_start(struct msg *m, unsigned type, unsigned flags, unsigned seq)
{
	struct nlmsghdr *h = (struct nlmsghdr *)m->b;

	memset(m, 0, sizeof(*m));
	h->nlmsg_type = type;
	h->nlmsg_flags = flags;
	h->nlmsg_seq = seq;
	m->len = NLMSG_HDRLEN;
	h->nlmsg_len = m->len;
	return h;
}

static void *msg_put(struct msg *m, const void *data, size_t len)
{
	void *p = m->b + m->len;

	memcpy(p, data, len);
	m->len += NLMSG_ALIGN(len);
	((struct nlmsghdr *)m->b)->nlmsg_len = m->len;
	return p;
}

static void msg_attr(struct msg *m, unsigned type, const void *data, size_t len)
{
	struct nlattr a = { (uint16_t)(NLA_HDRLEN + len), (uint16_t)type };

	memcpy(m->b + m->len, &a, sizeof(a));
	memcpy(m->b + m->len + NLA_HDRLEN, data, len);
	m->len += NLA_ALIGN(NLA_HDRLEN + len);
	((struct nlmsghdr *)m->b)->nlmsg_len = m->len;
}

static int nl_socket(int proto, unsigned portid)
{
	int s = socket(AF_NETLINK, SOCK_RAW | SOCK_CLOEXEC, proto);
	struct sockaddr_nl nl = { .nl_family = AF_NETLINK, .nl_pid = portid };
	socklen_t len = sizeof(nl);
	int one = 1;

	bind(s, (struct sockaddr *)&nl, sizeof(nl));
	getsockname(s, (struct sockaddr *)&nl, &len);
	setsockopt(s, SOL_NETLINK, NETLINK_GET_STRICT_CHK, &one, sizeof(one));
	return s;
}

/* Receives one buffer, at most max bytes of it, with recvmsg. */
static void receive(int s, size_t max)
{
	static char buf[65536];
	struct sockaddr_nl nl;
	struct iovec iov = { buf, max };
	struct msghdr mh = { &nl, sizeof(nl), &iov, 1, NULL, 0, 0 };

	recvmsg(s, &mh, 0);
}

/* Receives every buffer until the kernel has nothing more, with recvfrom. */
static void drain(int s)
{
	static char buf[65536];

	while (recvfrom(s, buf, sizeof(buf), MSG_DONTWAIT, NULL, NULL) > 0)
		;
}

static void route_requests(int s)
{
	struct msg m;
	struct ifinfomsg ifi = { .ifi_family = AF_UNSPEC, .ifi_index = 1 };
	struct ifaddrmsg ifa = { .ifa_family = AF_UNSPEC, .ifa_index = 1 };
	struct rtmsg rt = { .rtm_family = AF_INET, .rtm_dst_len = 32 };
	uint32_t mask = RTEXT_FILTER_VF | RTEXT_FILTER_SKIP_STATS;
	uint32_t lo = htonl(INADDR_LOOPBACK);

	/* the link: the reply is cut before its statistics, which change */
	msg_start(&m, RTM_GETLINK, NLM_F_REQUEST, 1);
	msg_put(&m, &ifi, sizeof(ifi));
	msg_attr(&m, IFLA_EXT_MASK, &mask, sizeof(mask));
	send(s, m.b, m.len, 0);
	receive(s, 280);
	drain(s);

	/* the addresses of lo: the strict check makes the kernel filter by index */
	msg_start(&m, RTM_GETADDR, NLM_F_REQUEST | NLM_F_DUMP, 2);
	msg_put(&m, &ifa, sizeof(ifa));
	send(s, m.b, m.len, 0);
	drain(s);

	/* one route looked up */
	msg_start(&m, RTM_GETROUTE, NLM_F_REQUEST, 3);
	msg_put(&m, &rt, sizeof(rt));
	msg_attr(&m, RTA_DST, &lo, sizeof(lo));
	send(s, m.b, m.len, 0);
	drain(s);
}

static void route_errors(int s)
{
	struct msg m;
	struct ifinfomsg ifi = { .ifi_family = AF_UNSPEC, .ifi_index = 999999 };
	int one = 1;

	/* no such device: the error echoes the request */
	msg_start(&m, RTM_GETLINK, NLM_F_REQUEST | NLM_F_ACK, 4);
	msg_put(&m, &ifi, sizeof(ifi));
	send(s, m.b, m.len, 0);
	drain(s);

	/* an unknown type, with the extended ack on: the echo is capped to the header */
	setsockopt(s, SOL_NETLINK, NETLINK_EXT_ACK, &one, sizeof(one));
	msg_start(&m, 0x7ff, NLM_F_REQUEST | NLM_F_ACK, 5);
	msg_put(&m, "\1\2\3\4\5\6\7\10", 8);
	send(s, m.b, m.len, 0);
	drain(s);

	/* a link request the strict check refuses, with a message saying why */
	ifi.ifi_index = 1;
	ifi.ifi_flags = 1;
	msg_start(&m, RTM_GETLINK, NLM_F_REQUEST | NLM_F_DUMP, 6);
	msg_put(&m, &ifi, sizeof(ifi));
	send(s, m.b, m.len, 0);
	drain(s);

	/* an acknowledged no-op */
	msg_start(&m, NLMSG_NOOP, NLM_F_REQUEST | NLM_F_ACK, 7);
	send(s, m.b, m.len, 0);
	drain(s);
}

/* Buffers that are printed at the call's entry and refused or ignored by the kernel. */
static void malformed(int s)
{
	static unsigned char buf[4096];
	struct msg m;
	struct ifinfomsg ifi = { .ifi_family = AF_INET6, .ifi_index = 1 };
	struct nlattr bad = { 2, IFLA_MTU };
	struct nlmsghdr *h;
	size_t off = 0;

	/* shorter than a header */
	send(s, "\x10\x00\x00\x00\x12\x00\x01\x00\x01", 9, 0);
	send(s, "", 0, 0);

	/* attributes: unknown type, nested flag, too short for its kind, name without NUL,
	 * nla_len below the header, a last one cut short */
	msg_start(&m, RTM_NEWLINK, NLM_F_REQUEST | NLM_F_CREATE | NLM_F_EXCL, 8);
	msg_put(&m, &ifi, sizeof(ifi));
	msg_attr(&m, 0x7e, "\xde\xad\xbe\xef", 4);
	msg_attr(&m, IFLA_MTU | NLA_F_NESTED, "\x00\x10\x00\x00", 4);
	msg_attr(&m, IFLA_TXQLEN, "\x01\x02", 2);
	msg_attr(&m, IFLA_IFNAME, "abcd", 4);
	msg_attr(&m, IFLA_OPERSTATE, "\x06\x07\x08", 3);
	msg_attr(&m, IFLA_ADDRESS, "\x02\x00\x00\x00\x00\x01", 6);
	memcpy(m.b + m.len, &bad, sizeof(bad));
	m.len += 8;
	((struct nlmsghdr *)m.b)->nlmsg_len = m.len;
	send(s, m.b, m.len, 0);
	((struct nlmsghdr *)m.b)->nlmsg_len = m.len + 16;
	send(s, m.b, m.len, 0);

	/* a payload shorter than its struct, and a message with nlmsg_len below the header */
	msg_start(&m, RTM_GETROUTE, NLM_F_REQUEST | NLM_F_DUMP, 9);
	msg_put(&m, "\x0a", 1);
	memcpy(buf, m.b, m.len);
	off = m.len;
	h = (struct nlmsghdr *)(buf + off);
	h->nlmsg_len = 8;
	h->nlmsg_type = RTM_DELADDR;
	off += 24;
	send(s, buf, off, MSG_DONTWAIT);
	drain(s);

	/* 40 no-ops in one buffer: strace shows 32 of them */
	memset(buf, 0, sizeof(buf));
	for (int i = 0; i < 40; i++) {
		h = (struct nlmsghdr *)(buf + i * NLMSG_HDRLEN);
		h->nlmsg_len = NLMSG_HDRLEN;
		h->nlmsg_type = NLMSG_NOOP;
		h->nlmsg_seq = 100 + i;
	}
	send(s, buf, 40 * NLMSG_HDRLEN + 3, 0);
	drain(s);
}

static void diag_inet(int s, int family, const char *ip, int port)
{
	struct msg m;
	struct inet_diag_req_v2 r = {
		.sdiag_family = family, .sdiag_protocol = IPPROTO_TCP,
		.idiag_ext = 1 << (INET_DIAG_TOS - 1), .idiag_states = 1 << 10,
	};

	r.id.idiag_sport = htons(port);
	inet_pton(family, ip, r.id.idiag_src);
	r.id.idiag_cookie[0] = r.id.idiag_cookie[1] = INET_DIAG_NOCOOKIE;
	msg_start(&m, SOCK_DIAG_BY_FAMILY, NLM_F_REQUEST, 10);
	msg_put(&m, &r, sizeof(r));
	send(s, m.b, m.len, 0);
	drain(s);
}

/*
 * The older struct inet_diag_req, as ss(8) still sends it for DCCP: a dump of DCCP sockets
 * (the kernel has no DCCP diag: EINVAL, or nothing on a kernel that has, as none exist).
 */
static void legacy_inet_diag(int s, int port)
{
	struct inet_diag_req r = {
		.idiag_family = AF_INET, .idiag_ext = 1 << (INET_DIAG_INFO - 1),
		.id.idiag_sport = htons(port), .id.idiag_cookie = { INET_DIAG_NOCOOKIE, INET_DIAG_NOCOOKIE },
		.idiag_states = 1 << 10,
	};
	struct msg m;

	msg_start(&m, DCCPDIAG_GETSOCK, NLM_F_REQUEST | NLM_F_DUMP, 12);
	msg_put(&m, &r, sizeof(r));
	send(s, m.b, m.len, 0);
	drain(s);
}

static void sock_diag(int port)
{
	int s = nl_socket(NETLINK_SOCK_DIAG, port + 1);
	int t4 = socket(AF_INET, SOCK_STREAM, 0), t6 = socket(AF_INET6, SOCK_STREAM, 0);
	int u = socket(AF_UNIX, SOCK_STREAM, 0);
	struct sockaddr_in a4 = { .sin_family = AF_INET, .sin_port = htons(port) };
	struct sockaddr_in6 a6 = { .sin6_family = AF_INET6, .sin6_port = htons(port) };
	struct sockaddr_un un = { .sun_family = AF_UNIX };
	struct unix_diag_req ur = {
		.sdiag_family = AF_UNIX, .udiag_states = 1 << 10,
		.udiag_show = UDIAG_SHOW_NAME | UDIAG_SHOW_PEER | UDIAG_SHOW_RQLEN,
		.udiag_cookie = { INET_DIAG_NOCOOKIE, INET_DIAG_NOCOOKIE },
	};
	struct stat st;
	struct msg m;
	int one = 1;

	inet_pton(AF_INET, "127.0.0.1", &a4.sin_addr);
	inet_pton(AF_INET6, "::1", &a6.sin6_addr);
	setsockopt(t4, SOL_SOCKET, SO_REUSEADDR, &one, sizeof(one));
	setsockopt(t6, SOL_SOCKET, SO_REUSEADDR, &one, sizeof(one));
	bind(t4, (struct sockaddr *)&a4, sizeof(a4));
	bind(t6, (struct sockaddr *)&a6, sizeof(a6));
	listen(t4, 1);
	listen(t6, 1);
	diag_inet(s, AF_INET, "127.0.0.1", port);
	diag_inet(s, AF_INET6, "::1", port);

	snprintf(un.sun_path + 1, sizeof(un.sun_path) - 1, "strc-netlink-%d", port);
	bind(u, (struct sockaddr *)&un, sizeof(sa_family_t) + 1 + strlen(un.sun_path + 1));
	listen(u, 1);
	fstat(u, &st);
	ur.udiag_ino = st.st_ino;
	msg_start(&m, SOCK_DIAG_BY_FAMILY, NLM_F_REQUEST, 11);
	msg_put(&m, &ur, sizeof(ur));
	send(s, m.b, m.len, 0);
	drain(s);
	legacy_inet_diag(s, port);

	close(u);
	close(t6);
	close(t4);
	close(s);
}

/* One request on a socket of another protocol: headers named by the protocol's types. */
static void other(int proto, unsigned portid, unsigned type, unsigned flags, const void *p,
		  size_t len)
{
	int s = nl_socket(proto, portid);
	struct msg m;

	msg_start(&m, type, flags, 12);
	msg_put(&m, p, len);
	send(s, m.b, m.len, MSG_DONTWAIT);
	drain(s);
	close(s);
}

static void other_protocols(int port)
{
	/* CTRL_CMD_GETFAMILY version 1, CTRL_ATTR_FAMILY_NAME "nlctrl" */
	static const unsigned char getfamily[] = "\x03\x01\x00\x00\x0b\x00\x02\x00nlctrl";

	other(NETLINK_GENERIC, port + 2, GENL_ID_CTRL, NLM_F_REQUEST, getfamily,
	      sizeof(getfamily));
	other(NETLINK_GENERIC, port + 2, 0x7ff, NLM_F_REQUEST | NLM_F_ACK, "", 0);
	other(NETLINK_AUDIT, port + 3, 999, NLM_F_REQUEST | NLM_F_ACK, "", 0);
	other(NETLINK_XFRM, port + 4, 0x12, NLM_F_REQUEST | NLM_F_ACK, "\x02\x00\x00\x00", 4);
	other(NETLINK_KOBJECT_UEVENT, port + 5, 0x14, NLM_F_REQUEST, "add@/x\0ACTION=add", 17);
	other(NETLINK_SOCK_DIAG, port + 6, SOCK_DIAG_BY_FAMILY, NLM_F_REQUEST | NLM_F_ACK,
	      "\x10\x00\x00\x00", 4);
}

/*
 * Attributes newer than strace 6.1, which current strace names (compare.py translates
 * strace 6.1's numbers): a link request the kernel refuses for its attributes, so nothing
 * changes. Under -v the arrays reach DEVCONF 58 on and ICMP6_MIB_RATELIMITHOST.
 */
static void newer_link_attrs(int s)
{
	struct msg m;
	struct ifinfomsg ifi = { .ifi_family = AF_UNSPEC, .ifi_index = 999999 };
	uint32_t size = 65536, zero = 0;
	int32_t conf[62];
	uint64_t icmp6[7];
	unsigned char inet6[512], spec[600], yes = 1;
	struct nlattr *a;
	size_t n;

	for (n = 0; n < 62; n++)
		conf[n] = (int32_t)n - 1;
	for (n = 0; n < 7; n++)
		icmp6[n] = n * 10;
	/* AF_INET6 { IFLA_INET6_CONF [...], IFLA_INET6_ICMP6STATS [...] } */
	a = (struct nlattr *)inet6;
	a->nla_len = NLA_HDRLEN + sizeof(conf);
	a->nla_type = IFLA_INET6_CONF;
	memcpy(inet6 + NLA_HDRLEN, conf, sizeof(conf));
	n = NLA_ALIGN(a->nla_len);
	a = (struct nlattr *)(inet6 + n);
	a->nla_len = NLA_HDRLEN + sizeof(icmp6);
	a->nla_type = IFLA_INET6_ICMP6STATS;
	memcpy(inet6 + n + NLA_HDRLEN, icmp6, sizeof(icmp6));
	n += NLA_ALIGN(a->nla_len);
	a = (struct nlattr *)spec;
	a->nla_len = NLA_HDRLEN + n;
	a->nla_type = AF_INET6;
	memcpy(spec + NLA_HDRLEN, inet6, n);

	msg_start(&m, RTM_GETLINK, NLM_F_REQUEST, 20);
	msg_put(&m, &ifi, sizeof(ifi));
	msg_attr(&m, 63, &size, sizeof(size));	/* IFLA_GSO_IPV4_MAX_SIZE */
	msg_attr(&m, 64, &size, sizeof(size));	/* IFLA_GRO_IPV4_MAX_SIZE */
	msg_attr(&m, 66, &zero, sizeof(zero));	/* IFLA_MAX_PACING_OFFLOAD_HORIZON */
	msg_attr(&m, 67, &yes, sizeof(yes));	/* IFLA_NETNS_IMMUTABLE */
	msg_attr(&m, 0x8000 | 65, NULL, 0);	/* IFLA_DPLL_PIN, nested */
	msg_attr(&m, IFLA_AF_SPEC, spec, NLA_HDRLEN + n);
	send(s, m.b, m.len, 0);
	drain(s);
}

/* One attribute at offset off of buf; the offset after it. */
static size_t put_attr(unsigned char *buf, size_t off, unsigned type, const void *data, size_t len)
{
	struct nlattr a = { (uint16_t)(NLA_HDRLEN + len), (uint16_t)type };

	memcpy(buf + off, &a, sizeof(a));
	memcpy(buf + off + NLA_HDRLEN, data, len);
	memset(buf + off + NLA_HDRLEN + len, 0, NLA_ALIGN(len) - len);
	return off + NLA_ALIGN(NLA_HDRLEN + len);
}

/*
 * Nested attributes real tools meet: a link's kind (IFLA_LINKINFO), a route's metrics and
 * next hops. Get requests the kernel refuses for their attributes: nothing changes.
 */
static void nested_attrs(int s)
{
	struct msg m;
	struct ifinfomsg ifi = { .ifi_family = AF_UNSPEC, .ifi_index = 999999 };
	struct rtmsg rt = { .rtm_family = AF_INET, .rtm_dst_len = 32 };
	unsigned char info[64], metrics[64], hops[64];
	uint32_t mtu = 1400, hoplimit = 7, lo = htonl(INADDR_LOOPBACK);
	uint32_t lock = 1 << RTAX_MTU | 1 << 30, features = RTAX_FEATURE_ECN | 0x100;
	struct rtnexthop *nh;
	size_t n = 0;

	n = put_attr(info, n, IFLA_INFO_KIND, "dummy", 6);
	n = put_attr(info, n, IFLA_INFO_DATA, "\1\2\3\4", 4);
	n = put_attr(info, n, IFLA_INFO_SLAVE_KIND, "bridge", 7);
	msg_start(&m, RTM_GETLINK, NLM_F_REQUEST, 21);
	msg_put(&m, &ifi, sizeof(ifi));
	msg_attr(&m, IFLA_LINKINFO, info, n);
	send(s, m.b, m.len, 0);
	drain(s);

	n = put_attr(metrics, 0, RTAX_LOCK, &lock, sizeof(lock));
	n = put_attr(metrics, n, RTAX_MTU, &mtu, sizeof(mtu));
	n = put_attr(metrics, n, RTAX_FEATURES, &features, sizeof(features));
	n = put_attr(metrics, n, RTAX_HOPLIMIT, &hoplimit, sizeof(hoplimit));
	n = put_attr(metrics, n, RTAX_CC_ALGO, "cubic", 6);
	nh = (struct rtnexthop *)hops;
	memset(hops, 0, sizeof(hops));
	nh->rtnh_ifindex = 1;
	nh->rtnh_hops = 2;
	nh->rtnh_flags = RTNH_F_ONLINK;
	nh->rtnh_len = RTNH_ALIGN(sizeof(*nh)) + put_attr(hops, RTNH_ALIGN(sizeof(*nh)),
							  RTA_GATEWAY, &lo, sizeof(lo)) -
		       RTNH_ALIGN(sizeof(*nh));
	nh = (struct rtnexthop *)(hops + nh->rtnh_len);
	nh->rtnh_len = sizeof(*nh);
	nh->rtnh_ifindex = 1;
	msg_start(&m, RTM_GETROUTE, NLM_F_REQUEST, 22);
	msg_put(&m, &rt, sizeof(rt));
	msg_attr(&m, RTA_DST, &lo, sizeof(lo));
	msg_attr(&m, RTA_METRICS, metrics, n);
	msg_attr(&m, RTA_MULTIPATH, hops, (size_t)((unsigned char *)nh - hops) + sizeof(*nh));
	send(s, m.b, m.len, 0);
	drain(s);
}

int main(int argc, char **argv)
{
	int port = argc > 1 ? atoi(argv[1]) : 47500;
	char lock[64];
	int s;

	/* other checkouts' suites use the same bases: take turns */
	snprintf(lock, sizeof(lock), "/tmp/strc-fam-netlink-%d.lock", port);
	flock(open(lock, O_RDWR | O_CREAT | O_CLOEXEC, 0644), LOCK_EX);

	s = nl_socket(NETLINK_ROUTE, port);
	route_requests(s);
	route_errors(s);
	malformed(s);
	newer_link_attrs(s);
	nested_attrs(s);
	close(s);
	/* "route": no sock_diag, whose replies hold inode numbers (masked when decoded only) */
	if (argc < 3 || strcmp(argv[2], "route"))
		sock_diag(port);
	other_protocols(port);
	return 0;
}
