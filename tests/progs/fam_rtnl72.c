/*
 * fam_rtnl72.c: rtnetlink attributes strace 7.2 decodes that ip(8) on a bare machine does
 * not show (tests/integration/netlink.cmake): nexthop groups (struct nexthop_grp, the group
 * type, resilient groups' nested attributes, the encapsulation type), a neighbour's
 * extended flags, routing tables without a name (a number without comment) in a rule, a
 * route and struct rtmsg, bridge(8)'s RTM_GETNEIGH with a struct ifinfomsg, a bridge
 * port's attributes, and IFLA_LINKINFO of a bridge, a bridge port and a tun device. The NEW
 * messages go without NLM_F_REQUEST, which the kernel ignores (it changes nothing); nothing
 * is read back.
 */
#include <linux/fib_rules.h>
#include <linux/if_addr.h>
#include <linux/netlink.h>
#include <linux/rtnetlink.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

static unsigned char buf[1024];
static size_t len;

static void start(unsigned type, const void *hdr, size_t n)
{
	struct nlmsghdr h = { 0, (uint16_t)type, type == RTM_GETNEIGH ? NLM_F_REQUEST : 0, 1, 0 };

	memset(buf, 0, sizeof(buf));
	memcpy(buf, &h, sizeof(h));
	memcpy(buf + NLMSG_HDRLEN, hdr, n);
	len = NLMSG_HDRLEN + NLMSG_ALIGN(n);
}

static void attr(unsigned type, const void *v, size_t n)
{
	struct nlattr a = { (uint16_t)(NLA_HDRLEN + n), (uint16_t)type };

	memcpy(buf + len, &a, sizeof(a));
	memcpy(buf + len + NLA_HDRLEN, v, n);
	len += NLA_ALIGN(NLA_HDRLEN + n);
}

static void attr_u32(unsigned type, uint32_t v)
{
	attr(type, &v, sizeof(v));
}

static void attr_u16(unsigned type, uint16_t v)
{
	attr(type, &v, sizeof(v));
}

static void send_it(int nl)
{
	((struct nlmsghdr *)buf)->nlmsg_len = len;
	send(nl, buf, len, MSG_DONTWAIT);
}

/* struct nhmsg: family, scope, protocol, reserved, flags */
static const unsigned char nhmsg[8] = { AF_INET };

static void nexthops(int nl)
{
	/* struct nexthop_grp: id, weight, weight_high, reserved */
	const unsigned char group[16] = { 1, 0, 0, 0, 0, 0, 0, 0, 2, 0, 0, 0, 5, 1, 0, 0 };

	start(RTM_NEWNEXTHOP, nhmsg, sizeof(nhmsg));
	attr_u32(1, 7);			/* NHA_ID */
	attr(2, group, sizeof(group));	/* NHA_GROUP */
	attr_u16(3, 0);			/* NHA_GROUP_TYPE: mpath */
	attr_u16(3, 1);			/* resilient */
	attr_u16(3, 9);
	attr_u16(7, 1);			/* NHA_ENCAP_TYPE: MPLS */
	attr_u32(11, 1);		/* NHA_FDB */
	send_it(nl);
	start(RTM_NEWNEXTHOP, nhmsg, sizeof(nhmsg));
	attr(2, group, 8);
	attr_u32(12, 0x00010008);	/* NHA_RES_GROUP holding NHA_RES_GROUP_BUCKETS */
	attr_u32(13, 0x00030008);	/* NHA_RES_BUCKET holding NHA_RES_BUCKET_NH_ID */
	attr_u32(14, 1);		/* newer than strace 7.2 */
	send_it(nl);
}

static void neighbours(int nl)
{
	struct ndmsg nd = { .ndm_family = AF_INET, .ndm_ifindex = 1, .ndm_state = NUD_PERMANENT };
	struct ifinfomsg ifi = { .ifi_family = AF_BRIDGE };

	start(RTM_NEWNEIGH, &nd, sizeof(nd));
	attr_u32(15, 7);		/* NDA_FLAGS_EXT */
	attr_u32(15, 0x10);
	send_it(nl);
	start(RTM_GETNEIGH, &ifi, sizeof(ifi));
	((struct nlmsghdr *)buf)->nlmsg_flags |= NLM_F_DUMP;
	attr_u32(IFLA_MASTER, 1);
	send_it(nl);
	start(RTM_GETNEIGH, &ifi, 12);	/* as short as a struct ndmsg */
	send_it(nl);
}

static void tables(int nl)
{
	struct rtmsg rt = { .rtm_family = AF_INET, .rtm_table = 100, .rtm_type = RTN_UNICAST };
	/* struct fib_rule_hdr is laid out as struct rtmsg */
	struct rtmsg rule = { .rtm_family = AF_INET, .rtm_table = RT_TABLE_MAIN,
			      .rtm_type = FR_ACT_TO_TBL };

	start(RTM_NEWRULE, &rule, sizeof(rule));
	attr_u32(FRA_TABLE, 200);
	attr_u32(FRA_TABLE, RT_TABLE_MAIN);
	attr_u32(FRA_TABLE, 0x10000);
	send_it(nl);
	start(RTM_NEWROUTE, &rt, sizeof(rt));
	attr_u32(RTA_TABLE, 200);
	attr_u32(RTA_TABLE, RT_TABLE_LOCAL);
	send_it(nl);
}

/* a bridge port's attributes: flags of a byte, numbers, a bridge id, timers (one short) */
static void bridge_port(int nl, unsigned where)
{
	struct ifinfomsg ifi = { .ifi_family = AF_BRIDGE, .ifi_index = 1 };
	const unsigned char id[8] = { 0x80, 0, 0x02, 0x11, 0x22, 0x33, 0x44, 0x55 };
	uint64_t timer = 1479;
	uint32_t short_timer = 258;
	unsigned char nest[256];
	size_t at;

	start(RTM_NEWLINK, &ifi, sizeof(ifi));
	at = len;
	len += NLA_HDRLEN;
	attr(1, "\3", 1);		/* IFLA_BRPORT_STATE */
	attr_u16(2, 32);		/* IFLA_BRPORT_PRIORITY */
	attr_u32(3, 2);			/* IFLA_BRPORT_COST */
	attr(13, id, sizeof(id));	/* IFLA_BRPORT_ROOT_ID */
	attr(22, &timer, sizeof(timer));	/* IFLA_BRPORT_FORWARD_DELAY_TIMER */
	attr(23, &short_timer, sizeof(short_timer));	/* IFLA_BRPORT_HOLD_TIMER */
	attr_u16(31, 0x708);		/* IFLA_BRPORT_GROUP_FWD_MASK */
	attr_u32(0x2e, 1);
	memcpy(nest, buf + at + NLA_HDRLEN, len - at - NLA_HDRLEN);
	((struct nlattr *)(buf + at))->nla_len = len - at;
	((struct nlattr *)(buf + at))->nla_type = where;
	send_it(nl);
}

/* IFLA_LINKINFO: a bridge's and a tun device's own attributes, a bridge port's as a slave */
static void link_kinds(int nl)
{
	struct ifinfomsg ifi = { .ifi_family = AF_UNSPEC, .ifi_index = 1 };
	const uint32_t boolopt[2] = { 1, 3 };
	const unsigned char id[8] = { 0x80, 0, 0x02, 0x11, 0x22, 0x33, 0x44, 0x55 };
	uint64_t timer = 29771;
	size_t info, data;

	start(RTM_NEWLINK, &ifi, sizeof(ifi));
	info = len;
	len += NLA_HDRLEN;
	attr(IFLA_INFO_KIND, "bridge", 7);
	data = len;
	len += NLA_HDRLEN;
	attr(19, &timer, sizeof(timer));	/* IFLA_BR_GC_TIMER */
	attr_u32(1, 1500);			/* IFLA_BR_FORWARD_DELAY */
	attr_u16(8, 0x0081);			/* IFLA_BR_VLAN_PROTOCOL: htons(ETH_P_8021Q) */
	attr(11, id, sizeof(id));		/* IFLA_BR_BRIDGE_ID */
	attr(46, boolopt, sizeof(boolopt));	/* IFLA_BR_MULTI_BOOLOPT */
	attr_u32(50, 2);			/* IFLA_BR_STP_MODE */
	((struct nlattr *)(buf + data))->nla_len = len - data;
	((struct nlattr *)(buf + data))->nla_type = IFLA_INFO_DATA;
	attr(IFLA_INFO_SLAVE_KIND, "bridge", 7);
	data = len;
	len += NLA_HDRLEN;
	attr(1, "\3", 1);			/* IFLA_BRPORT_STATE */
	attr_u16(31, 0x708);			/* IFLA_BRPORT_GROUP_FWD_MASK */
	((struct nlattr *)(buf + data))->nla_len = len - data;
	((struct nlattr *)(buf + data))->nla_type = IFLA_INFO_SLAVE_DATA;
	((struct nlattr *)(buf + info))->nla_len = len - info;
	((struct nlattr *)(buf + info))->nla_type = IFLA_LINKINFO;
	send_it(nl);

	start(RTM_NEWLINK, &ifi, sizeof(ifi));
	info = len;
	len += NLA_HDRLEN;
	attr(IFLA_INFO_KIND, "tun", 4);
	data = len;
	len += NLA_HDRLEN;
	attr_u32(1, 1000);			/* IFLA_TUN_OWNER */
	attr(3, "\2", 1);			/* IFLA_TUN_TYPE: IFF_TAP */
	attr(6, "\1", 1);			/* IFLA_TUN_PERSIST */
	attr_u32(8, 4);				/* IFLA_TUN_NUM_QUEUES */
	((struct nlattr *)(buf + data))->nla_len = len - data;
	((struct nlattr *)(buf + data))->nla_type = IFLA_INFO_DATA;
	((struct nlattr *)(buf + info))->nla_len = len - info;
	((struct nlattr *)(buf + info))->nla_type = IFLA_LINKINFO;
	send_it(nl);
}

int main(void)
{
	struct sockaddr_nl a = { .nl_family = AF_NETLINK, .nl_pid = 4244 };
	int nl;

	nl = socket(AF_NETLINK, SOCK_RAW, NETLINK_ROUTE);
	if (nl < 0 || bind(nl, (struct sockaddr *)&a, sizeof(a)) < 0) {
		perror("netlink");
		return 1;
	}
	nexthops(nl);
	neighbours(nl);
	tables(nl);
	bridge_port(nl, NLA_F_NESTED | IFLA_PROTINFO);
	link_kinds(nl);
	close(nl);
	return 0;
}
