/*
 * fam_genl.c: generic netlink as strace 7.2 prints it, for tests/expect.py (strace 6.1
 * printed nlctrl's attributes as bytes). The program sends nlctrl messages that describe
 * families (CTRL_CMD_NEWFAMILY, which the kernel refuses with EOPNOTSUPP) and reads the
 * kernel's error answers, which carry each message back: an operation's id is named by
 * the family the message named before it, and ethtool's differently in what the kernel
 * sent (the error's copy). Then a policy dump's attributes, and a message of a family id no
 * family has (ENOENT), whose attributes have no names. It prints the line it expects for
 * each sendto and recvfrom.
 *
 * argv[1]: the socket's port id (cases running at once pick different ones).
 */
#include <errno.h>
#include <linux/genetlink.h>
#include <linux/netlink.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

#include "expect.h"

/* A message being built. */
struct msg {
	unsigned char b[2048];
	size_t len;
};

/* Opens an attribute whose value follows; attr_end sets its length. */
static size_t attr_begin(struct msg *m, unsigned type)
{
	size_t at = m->len;
	uint16_t t = type;

	memcpy(m->b + at + 2, &t, 2);
	m->len += NLA_HDRLEN;
	return at;
}

static void attr_end(struct msg *m, size_t at)
{
	uint16_t l = m->len - at;

	memcpy(m->b + at, &l, 2);
}

static void attr(struct msg *m, unsigned type, const void *v, size_t n)
{
	size_t at = attr_begin(m, type);

	memcpy(m->b + m->len, v, n);
	m->len += n;
	attr_end(m, at);
	m->len = NLA_ALIGN(m->len);
}

static void attr_u32(struct msg *m, unsigned type, uint32_t v)
{
	attr(m, type, &v, 4);
}

static void attr_u64(struct msg *m, unsigned type, uint64_t v)
{
	attr(m, type, &v, 8);
}

static void attr_str(struct msg *m, unsigned type, const char *s)
{
	attr(m, type, s, strlen(s) + 1);
}

/* CTRL_ATTR_OPS with one operation of each id, at positions 1, 2, ... */
static void ops(struct msg *m, const uint32_t *ids, unsigned n)
{
	size_t all = attr_begin(m, CTRL_ATTR_OPS);

	for (unsigned i = 0; i < n; i++) {
		size_t one = attr_begin(m, i + 1);

		attr_u32(m, CTRL_ATTR_OP_ID, ids[i]);
		attr_end(m, one);
	}
	attr_end(m, all);
}

static void start(struct msg *m, unsigned type, unsigned cmd, unsigned version)
{
	memset(m, 0, sizeof(*m));
	m->len = NLMSG_HDRLEN;
	m->b[m->len] = cmd;
	m->b[m->len + 1] = version;
	m->len += GENL_HDRLEN;
	((struct nlmsghdr *)m->b)->nlmsg_type = type;
	((struct nlmsghdr *)m->b)->nlmsg_flags = NLM_F_REQUEST;
}

static int sock;
static unsigned port, seq;

/* The header's text: type and flags as printed. */
static const char *header(const struct msg *m, const char *type)
{
	static char text[256];
	const struct nlmsghdr *h = (const void *)m->b;

	snprintf(text, sizeof(text), "{nlmsg_len=%u, nlmsg_type=%s, nlmsg_flags=NLM_F_REQUEST, "
		 "nlmsg_seq=%u, nlmsg_pid=0}", h->nlmsg_len, type, h->nlmsg_seq);
	return text;
}

/*
 * Sends m and reads the kernel's error answer; payload(recv) is how the payload prints
 * (the copy in the error is printed as received), err the error it answers with.
 */
static void exchange(struct msg *m, const char *type, const char *(*payload)(int recv),
		     const char *err)
{
	struct nlmsghdr *h = (void *)m->b;
	unsigned char in[4096];
	char sent[4096];
	ssize_t rc;

	h->nlmsg_len = m->len;
	h->nlmsg_seq = ++seq;
	snprintf(sent, sizeof(sent), "%s", header(m, type));
	rc = sendto(sock, m->b, m->len, 0, NULL, 0);
	expect(rc, "sendto(%d, [%s, %s], %zu, 0, NULL, 0)", sock, sent, payload(0), m->len);
	rc = recvfrom(sock, in, sizeof(in), 0, NULL, NULL);
	expect(rc, "recvfrom(%d, [{nlmsg_len=%zd, nlmsg_type=NLMSG_ERROR, nlmsg_flags=0, "
	       "nlmsg_seq=%u, nlmsg_pid=%u}, {error=%s, msg=[%s, %s]}], %zu, 0, NULL, NULL)",
	       sock, rc, seq, port, err, sent, payload(1), sizeof(in));
}

/* thermal's operations; an id past its commands */
static const char *thermal_text(int recv)
{
	(void)recv;
	return "{cmd=CTRL_CMD_NEWFAMILY, version=2}, "
	       "[[{nla_len=12, nla_type=CTRL_ATTR_FAMILY_NAME}, \"thermal\"], "
	       "[{nla_len=28, nla_type=CTRL_ATTR_OPS}, "
	       "[[{nla_len=12, nla_type=0x1}, [{nla_len=8, nla_type=CTRL_ATTR_OP_ID}, "
	       "THERMAL_GENL_CMD_TZ_GET_ID]], "
	       "[{nla_len=12, nla_type=0x2}, [{nla_len=8, nla_type=CTRL_ATTR_OP_ID}, "
	       "0x40 /* THERMAL_GENL_CMD_??? */]]]]]";
}

static void thermal(void)
{
	static const uint32_t ids[] = { 1, 0x40 };
	struct msg m;

	start(&m, GENL_ID_CTRL, CTRL_CMD_NEWFAMILY, 2);
	attr_str(&m, CTRL_ATTR_FAMILY_NAME, "thermal");
	ops(&m, ids, 2);
	exchange(&m, "nlctrl", thermal_text, "-EOPNOTSUPP");
}

/* ethtool: what user space sends is numbered apart from what the kernel sends */
static const char *ethtool_text(int recv)
{
	static char text[1024];

	snprintf(text, sizeof(text), "{cmd=CTRL_CMD_NEWFAMILY, version=2}, "
		 "[[{nla_len=12, nla_type=CTRL_ATTR_FAMILY_NAME}, \"ethtool\"], "
		 "[{nla_len=28, nla_type=CTRL_ATTR_OPS}, "
		 "[[{nla_len=12, nla_type=0x1}, [{nla_len=8, nla_type=CTRL_ATTR_OP_ID}, %s]], "
		 "[{nla_len=12, nla_type=0x2}, [{nla_len=8, nla_type=CTRL_ATTR_OP_ID}, %s]]]]]",
		 recv ? "ETHTOOL_MSG_STRSET_GET_REPLY" : "ETHTOOL_MSG_STRSET_GET",
		 recv ? "ETHTOOL_MSG_LINKINFO_NTF" : "ETHTOOL_MSG_LINKINFO_SET");
	return text;
}

static void ethtool(void)
{
	static const uint32_t ids[] = { 1, 3 };
	struct msg m;

	start(&m, GENL_ID_CTRL, CTRL_CMD_NEWFAMILY, 2);
	attr_str(&m, CTRL_ATTR_FAMILY_NAME, "ethtool");
	ops(&m, ids, 2);
	exchange(&m, "nlctrl", ethtool_text, "-EOPNOTSUPP");
}

/*
 * The name counts only before the operations; the last known one named wins; a family
 * strace does not know, or a name without its NUL, leaves the names as they were (nlctrl's
 * own until a known family is named); flags and groups.
 */
static const char *order_text(int recv)
{
	(void)recv;
	return "{cmd=CTRL_CMD_NEWFAMILY, version=1}, "
	       "[[{nla_len=16, nla_type=CTRL_ATTR_OPS}, [{nla_len=12, nla_type=0x1}, "
	       "[{nla_len=8, nla_type=CTRL_ATTR_OP_ID}, CTRL_CMD_GETFAMILY]]], "
	       "[{nla_len=12, nla_type=CTRL_ATTR_FAMILY_NAME}, \"devlink\"], "
	       "[{nla_len=12, nla_type=CTRL_ATTR_FAMILY_NAME}, \"nl80211\"], "
	       "[{nla_len=11, nla_type=CTRL_ATTR_FAMILY_NAME}, \"netdev\"], "
	       "[{nla_len=28, nla_type=CTRL_ATTR_OPS}, "
	       "[[{nla_len=12, nla_type=0x1}, [{nla_len=8, nla_type=CTRL_ATTR_OP_ID}, "
	       "0 /* NETDEV_CMD_??? */]], "
	       "[{nla_len=12, nla_type=0x2}, [{nla_len=8, nla_type=CTRL_ATTR_OP_ID}, "
	       "NETDEV_CMD_QUEUE_GET]]]], "
	       "[{nla_len=14, nla_type=CTRL_ATTR_FAMILY_NAME}, \"wireguard\"], "
	       "[{nla_len=16, nla_type=CTRL_ATTR_OPS}, [{nla_len=12, nla_type=0x1}, "
	       "[{nla_len=8, nla_type=CTRL_ATTR_OP_ID}, NETDEV_CMD_DEV_CHANGE_NTF]]], "
	       "[{nla_len=12, nla_type=CTRL_ATTR_FAMILY_NAME}, \"SEG6SEG6\"...], "
	       "[{nla_len=16, nla_type=CTRL_ATTR_OPS}, [{nla_len=12, nla_type=0x1}, "
	       "[{nla_len=8, nla_type=CTRL_ATTR_OP_ID}, NETDEV_CMD_PAGE_POOL_GET]]], "
	       "[{nla_len=16, nla_type=CTRL_ATTR_FAMILY_NAME}, \"SEG6\\0\\0\\0\\0\\0\\0\\0\"], "
	       "[{nla_len=28, nla_type=CTRL_ATTR_OPS}, "
	       "[[{nla_len=12, nla_type=0x1}, [{nla_len=8, nla_type=CTRL_ATTR_OP_ID}, "
	       "SEG6_CMD_SET_TUNSRC]], "
	       "[{nla_len=12, nla_type=0x2}, [{nla_len=8, nla_type=CTRL_ATTR_OP_FLAGS}, "
	       "GENL_ADMIN_PERM|GENL_CMD_CAP_DUMP|0x100]]]], "
	       "[{nla_len=24, nla_type=CTRL_ATTR_MCAST_GROUPS}, [{nla_len=20, nla_type=0x1}, "
	       "[[{nla_len=8, nla_type=CTRL_ATTR_MCAST_GRP_ID}, 0x5], "
	       "[{nla_len=8, nla_type=CTRL_ATTR_MCAST_GRP_NAME}, \"grp\"]]]]]";
}

static void order(void)
{
	static const uint32_t getfamily[] = { 3 }, netdev[] = { 0, 10 }, newops[] = { 4 };
	static const uint32_t delops[] = { 5 };
	size_t all, one;
	struct msg m;

	start(&m, GENL_ID_CTRL, CTRL_CMD_NEWFAMILY, 1);
	ops(&m, getfamily, 1);
	attr_str(&m, CTRL_ATTR_FAMILY_NAME, "devlink");
	attr_str(&m, CTRL_ATTR_FAMILY_NAME, "nl80211");
	attr_str(&m, CTRL_ATTR_FAMILY_NAME, "netdev");
	ops(&m, netdev, 2);
	attr_str(&m, CTRL_ATTR_FAMILY_NAME, "wireguard");
	ops(&m, newops, 1);
	attr(&m, CTRL_ATTR_FAMILY_NAME, "SEG6SEG6", 8);
	ops(&m, delops, 1);
	attr(&m, CTRL_ATTR_FAMILY_NAME, "SEG6\0\0\0\0\0\0\0\0", 12);
	all = attr_begin(&m, CTRL_ATTR_OPS);
	one = attr_begin(&m, 1);
	attr_u32(&m, CTRL_ATTR_OP_ID, 3);
	attr_end(&m, one);
	one = attr_begin(&m, 2);
	attr_u32(&m, CTRL_ATTR_OP_FLAGS, GENL_ADMIN_PERM | GENL_CMD_CAP_DUMP | 0x100);
	attr_end(&m, one);
	attr_end(&m, all);
	all = attr_begin(&m, CTRL_ATTR_MCAST_GROUPS);
	one = attr_begin(&m, 1);
	attr_u32(&m, CTRL_ATTR_MCAST_GRP_ID, 5);
	attr_str(&m, CTRL_ATTR_MCAST_GRP_NAME, "grp");
	attr_end(&m, one);
	attr_end(&m, all);
	exchange(&m, "nlctrl", order_text, "-EOPNOTSUPP");
}

/* What CTRL_CMD_GETPOLICY answers: the policies of each operation, and each policy. */
static const char *policy_text(int recv)
{
	(void)recv;
	return "{cmd=CTRL_CMD_NEWFAMILY, version=2}, "
	       "[[{nla_len=6, nla_type=CTRL_ATTR_FAMILY_ID}, 0x10], "
	       "[{nla_len=24, nla_type=NLA_F_NESTED|CTRL_ATTR_OP_POLICY}, "
	       "[{nla_len=20, nla_type=NLA_F_NESTED|0x3}, "
	       "[[{nla_len=8, nla_type=CTRL_ATTR_POLICY_DO}, 0], "
	       "[{nla_len=8, nla_type=CTRL_ATTR_POLICY_DUMP}, 1]]]], "
	       "[{nla_len=64, nla_type=NLA_F_NESTED|CTRL_ATTR_POLICY}, "
	       "[{nla_len=60, nla_type=NLA_F_NESTED|0}, "
	       "[[{nla_len=36, nla_type=NLA_F_NESTED|0x1}, "
	       "[[{nla_len=8, nla_type=NL_POLICY_TYPE_ATTR_TYPE}, NL_ATTR_TYPE_U16], "
	       "[{nla_len=12, nla_type=NL_POLICY_TYPE_ATTR_MIN_VALUE_U}, 0], "
	       "[{nla_len=12, nla_type=NL_POLICY_TYPE_ATTR_MAX_VALUE_U}, 65535]]], "
	       "[{nla_len=20, nla_type=NLA_F_NESTED|0x2}, "
	       "[[{nla_len=8, nla_type=NL_POLICY_TYPE_ATTR_TYPE}, NL_ATTR_TYPE_NUL_STRING], "
	       "[{nla_len=8, nla_type=NL_POLICY_TYPE_ATTR_MAX_LENGTH}, 15]]]]]], "
	       "[{nla_len=104, nla_type=NLA_F_NESTED|CTRL_ATTR_POLICY}, "
	       "[{nla_len=100, nla_type=NLA_F_NESTED|0x1}, "
	       "[{nla_len=96, nla_type=NLA_F_NESTED|0x5}, "
	       "[[{nla_len=8, nla_type=NL_POLICY_TYPE_ATTR_TYPE}, NL_ATTR_TYPE_UINT], "
	       "[{nla_len=12, nla_type=NL_POLICY_TYPE_ATTR_MIN_VALUE_S}, -5], "
	       "[{nla_len=12, nla_type=NL_POLICY_TYPE_ATTR_MAX_VALUE_S}, 5], "
	       "[{nla_len=8, nla_type=NL_POLICY_TYPE_ATTR_MIN_LENGTH}, 2], "
	       "[{nla_len=8, nla_type=NL_POLICY_TYPE_ATTR_POLICY_IDX}, 0x1], "
	       "[{nla_len=8, nla_type=NL_POLICY_TYPE_ATTR_POLICY_MAXTYPE}, 0x1b], "
	       "[{nla_len=8, nla_type=NL_POLICY_TYPE_ATTR_BITFIELD32_MASK}, 0xff], "
	       "[{nla_len=12, nla_type=NL_POLICY_TYPE_ATTR_MASK}, 0x800001fe], "
	       "[{nla_len=8, nla_type=NL_POLICY_TYPE_ATTR_TYPE}, 0x63 /* NL_ATTR_TYPE_??? */], "
	       "[{nla_len=8, nla_type=0xd /* NL_POLICY_TYPE_ATTR_??? */}, \"\\x07\\x00\\x00\\x00\"]]]]]]";
}

static void policy(void)
{
	uint16_t id = GENL_ID_CTRL;
	size_t all, one, two;
	struct msg m;

	start(&m, GENL_ID_CTRL, CTRL_CMD_NEWFAMILY, 2);
	attr(&m, CTRL_ATTR_FAMILY_ID, &id, 2);
	all = attr_begin(&m, NLA_F_NESTED | CTRL_ATTR_OP_POLICY);
	one = attr_begin(&m, NLA_F_NESTED | 3);
	attr_u32(&m, CTRL_ATTR_POLICY_DO, 0);
	attr_u32(&m, CTRL_ATTR_POLICY_DUMP, 1);
	attr_end(&m, one);
	attr_end(&m, all);
	all = attr_begin(&m, NLA_F_NESTED | CTRL_ATTR_POLICY);
	one = attr_begin(&m, NLA_F_NESTED | 0);
	two = attr_begin(&m, NLA_F_NESTED | 1);
	attr_u32(&m, NL_POLICY_TYPE_ATTR_TYPE, NL_ATTR_TYPE_U16);
	attr_u64(&m, NL_POLICY_TYPE_ATTR_MIN_VALUE_U, 0);
	attr_u64(&m, NL_POLICY_TYPE_ATTR_MAX_VALUE_U, 65535);
	attr_end(&m, two);
	two = attr_begin(&m, NLA_F_NESTED | 2);
	attr_u32(&m, NL_POLICY_TYPE_ATTR_TYPE, NL_ATTR_TYPE_NUL_STRING);
	attr_u32(&m, NL_POLICY_TYPE_ATTR_MAX_LENGTH, 15);
	attr_end(&m, two);
	attr_end(&m, one);
	attr_end(&m, all);
	all = attr_begin(&m, NLA_F_NESTED | CTRL_ATTR_POLICY);
	one = attr_begin(&m, NLA_F_NESTED | 1);
	two = attr_begin(&m, NLA_F_NESTED | 5);
	attr_u32(&m, NL_POLICY_TYPE_ATTR_TYPE, 17);	/* NL_ATTR_TYPE_UINT, newer than the headers */
	attr_u64(&m, NL_POLICY_TYPE_ATTR_MIN_VALUE_S, (uint64_t)-5);
	attr_u64(&m, NL_POLICY_TYPE_ATTR_MAX_VALUE_S, 5);
	attr_u32(&m, NL_POLICY_TYPE_ATTR_MIN_LENGTH, 2);
	attr_u32(&m, NL_POLICY_TYPE_ATTR_POLICY_IDX, 1);
	attr_u32(&m, NL_POLICY_TYPE_ATTR_POLICY_MAXTYPE, 0x1b);
	attr_u32(&m, NL_POLICY_TYPE_ATTR_BITFIELD32_MASK, 0xff);
	attr_u64(&m, 12, 0x800001fe);	/* NL_POLICY_TYPE_ATTR_MASK */
	attr_u32(&m, NL_POLICY_TYPE_ATTR_TYPE, 99);
	attr_u32(&m, 13, 7);
	attr_end(&m, two);
	attr_end(&m, one);
	attr_end(&m, all);
	exchange(&m, "nlctrl", policy_text, "-EOPNOTSUPP");
}

/* A family id no family has: {cmd, version} in hex and decimal, attributes unnamed. */
static const char *other_text(int recv)
{
	(void)recv;
	return "{cmd=0x5, version=1}, "
	       "[[{nla_len=8, nla_type=0x1}, \"\\x2a\\x00\\x00\\x00\"], "
	       "[{nla_len=12, nla_type=NLA_F_NESTED|0x2}, \"\\x08\\x00\\x01\\x00\\x07\\x00\\x00\\x00\"]]";
}

static void other(void)
{
	size_t one;
	struct msg m;

	start(&m, 0x7fee, 5, 1);
	attr_u32(&m, 1, 42);
	one = attr_begin(&m, NLA_F_NESTED | 2);
	attr_u32(&m, 1, 7);
	attr_end(&m, one);
	exchange(&m, "0x7fee /* GENERIC_FAMILY_??? */", other_text, "-ENOENT");
}

int main(int argc, char **argv)
{
	struct sockaddr_nl a = { .nl_family = AF_NETLINK };

	if (argc < 2)
		return 2;
	port = strtoul(argv[1], NULL, 0);
	a.nl_pid = port;
	sock = socket(AF_NETLINK, SOCK_RAW, NETLINK_GENERIC);
	if (sock < 0 || bind(sock, (struct sockaddr *)&a, sizeof(a)) < 0) {
		perror("netlink");
		return 77;
	}
	setvbuf(stdout, NULL, _IOLBF, 0);
	thermal();
	ethtool();
	order();
	policy();
	other();
	expect_done();
	return 0;
}
