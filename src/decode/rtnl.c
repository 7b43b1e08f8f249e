/*
 * rtnl.c: NETLINK_ROUTE payloads as strace prints them: the fixed header of link, address,
 * route, neighbour and rule messages, then their attributes. The names are data
 * (syscalltab/xlat/rtnl_*.list and friends); the tables below say which kind of value each
 * attribute type holds.
 */
#include <linux/fib_rules.h>
#include <linux/if_addr.h>
#include <linux/if_link.h>
#include <linux/neighbour.h>
#include <linux/netlink.h>
#include <linux/rtnetlink.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>

#include "decode.h"
#include "net.h"
#include "netlink.h"

#define NLA_TABLE(names, dflt, spec) \
	{ &xlat_##names, dflt, spec, sizeof(spec) / sizeof((spec)[0]) }

/* ---- attribute values that are structs ---- */

static const char *const link_stats_names[] = {
	"rx_packets", "tx_packets", "rx_bytes", "tx_bytes", "rx_errors", "tx_errors",
	"rx_dropped", "tx_dropped", "multicast", "collisions", "rx_length_errors",
	"rx_over_errors", "rx_crc_errors", "rx_frame_errors", "rx_fifo_errors",
	"rx_missed_errors", "tx_aborted_errors", "tx_carrier_errors", "tx_fifo_errors",
	"tx_heartbeat_errors", "tx_window_errors", "rx_compressed", "tx_compressed",
	"rx_nohandler", "rx_otherhost_dropped",
};

/* Older kernels send the stats without the fields added last (from tx_compressed on). */
static int print_link_stats(const unsigned char *b, size_t len, unsigned width, unsigned max)
{
	size_t n = len / width;

	if (n < 23)
		return -1;
	nl_print_u64_fields(b, link_stats_names, n < max ? n : max, width);
	return 0;
}

static int print_stats32(const unsigned char *b, size_t len, const struct nlctx *ctx)
{
	(void)ctx;
	return print_link_stats(b, len, 4, 24);
}

static int print_stats64(const unsigned char *b, size_t len, const struct nlctx *ctx)
{
	(void)ctx;
	return print_link_stats(b, len, 8, 25);
}

static int print_u32_struct(const unsigned char *b, size_t len, const char *const *names,
			    unsigned count)
{
	if (len < 4 * count)
		return -1;
	nl_print_u64_fields(b, names, count, 4);
	return 0;
}

static int print_ifa_cacheinfo(const unsigned char *b, size_t len, const struct nlctx *ctx)
{
	static const char *const names[] = { "ifa_prefered", "ifa_valid", "cstamp", "tstamp" };

	(void)ctx;
	return print_u32_struct(b, len, names, 4);
}

static int print_rta_cacheinfo(const unsigned char *b, size_t len, const struct nlctx *ctx)
{
	static const char *const names[] = {
		"rta_clntref", "rta_lastuse", "rta_expires", "rta_error", "rta_used", "rta_id",
		"rta_ts", "rta_tsage",
	};

	(void)ctx;
	return print_u32_struct(b, len, names, 8);
}

static int print_nda_cacheinfo(const unsigned char *b, size_t len, const struct nlctx *ctx)
{
	static const char *const names[] = {
		"ndm_confirmed", "ndm_used", "ndm_updated", "ndm_refcnt",
	};

	(void)ctx;
	return print_u32_struct(b, len, names, 4);
}

static int print_fra_range(const unsigned char *b, size_t len, const struct nlctx *ctx)
{
	static const char *const names[] = { "start", "end" };

	(void)ctx;
	return print_u32_struct(b, len, names, 2);
}

static int print_port_range(const unsigned char *b, size_t len, const struct nlctx *ctx)
{
	(void)ctx;
	if (len < 4)
		return -1;
	tprintf("{start=%u, end=%u}", get16(b), get16(b + 2));
	return 0;
}

static int print_inet6_cacheinfo(const unsigned char *b, size_t len, const struct nlctx *ctx)
{
	static const char *const names[] = {
		"max_reasm_len", "tstamp", "reachable_time", "retrans_time",
	};

	(void)ctx;
	return print_u32_struct(b, len, names, 4);
}

static int print_in6(const unsigned char *b, size_t len, const struct nlctx *ctx)
{
	(void)ctx;
	return nl_print_inaddr(AF_INET6, b, len);
}

/* ---- attribute tables ---- */

/* A routing table: its name, or the number alone (strace gives an unknown table no comment). */
static void print_table_id(uint32_t id)
{
	if (xlat_name(&xlat_routing_table_ids, id))
		printxval(&xlat_routing_table_ids, id, NULL);
	else
		tprintf("%#x", id);
}

static int print_table_attr(const unsigned char *b, size_t len, const struct nlctx *ctx)
{
	(void)ctx;
	if (len < 4)
		return -1;
	print_table_id(get32(b));
	return 0;
}

static const struct nla_spec inet6_attrs[] = {
	[IFLA_INET6_FLAGS] = { NK_FLAGS, &xlat_inet6_if_flags, "IF_???" },
	[IFLA_INET6_CONF] = { NK_U32_ARRAY, &xlat_inet6_devconf_indices, "DEVCONF_???" },
	[IFLA_INET6_STATS] = { NK_U64_ARRAY, &xlat_snmp_ip_stats, "IPSTATS_MIB_???" },
	[IFLA_INET6_CACHEINFO] = { NK_FN, .fn = print_inet6_cacheinfo },
	[IFLA_INET6_ICMP6STATS] = { NK_U64_ARRAY, &xlat_snmp_icmp6_stats, "ICMP6_MIB_???" },
	[IFLA_INET6_TOKEN] = { NK_FN, .fn = print_in6 },
	[IFLA_INET6_ADDR_GEN_MODE] = { NK_XVAL8, &xlat_in6_addr_gen_mode, "IN6_ADDR_GEN_MODE_???" },
	[9] = { NK_U32 },	/* IFLA_INET6_RA_MTU */
};
static const struct nla_table inet6_table =
	NLA_TABLE(rtnl_ifla_inet6_attrs, "IFLA_INET6_???", inet6_attrs);

static const struct nla_spec inet_attrs[] = {
	[IFLA_INET_CONF] = { NK_U32_ARRAY, &xlat_ipv4_devconf_indices, "IPV4_DEVCONF_???" },
};
static const struct nla_table inet_table = NLA_TABLE(rtnl_ifla_inet_attrs, "IFLA_INET_???",
						     inet_attrs);

/* IFLA_AF_SPEC: one nested list per address family, named by the family */
static const struct nla_spec af_spec_attrs[] = {
	[AF_INET] = { NK_NESTED, .nested = &inet_table },
	[AF_INET6] = { NK_NESTED, .nested = &inet6_table },
};

static const struct nla_spec xdp_attrs[] = {
	[IFLA_XDP_FD] = { NK_S32 },
	[IFLA_XDP_ATTACHED] = { NK_XVAL8, &xlat_rtnl_ifla_xdp_attached_mode, "XDP_ATTACHED_???" },
	[IFLA_XDP_FLAGS] = { NK_X32 },
	[IFLA_XDP_PROG_ID] = { NK_U32 },
	[IFLA_XDP_DRV_PROG_ID] = { NK_U32 },
	[IFLA_XDP_SKB_PROG_ID] = { NK_U32 },
	[IFLA_XDP_HW_PROG_ID] = { NK_U32 },
	[IFLA_XDP_EXPECTED_FD] = { NK_S32 },
};
static const struct nla_table xdp_table = NLA_TABLE(rtnl_ifla_xdp_attrs, "IFLA_XDP_???",
						    xdp_attrs);

/* struct rtnl_link_ifmap: three u64, then irq (u16), dma and port (u8) */
static int print_ifmap(const unsigned char *b, size_t len, const struct nlctx *ctx)
{
	(void)ctx;
	if (len < 28)
		return -1;
	tprintf("{mem_start=%#llx, mem_end=%#llx, base_addr=%#llx, irq=%u, dma=%u, port=%u}",
		(unsigned long long)get64(b), (unsigned long long)get64(b + 8),
		(unsigned long long)get64(b + 16), get16(b + 24), b[26], b[27]);
	return 0;
}
static const struct nla_table af_spec_table = NLA_TABLE(address_families, "AF_???", af_spec_attrs);

/* A bridge port's timer, in hundredths of a second: the number, then the seconds
 * (a little-endian tracee's; its bytes are copied as they are). */
static int print_brport_timer(const unsigned char *b, size_t len, const struct nlctx *ctx)
{
	uint64_t v;

	(void)ctx;
	if (!len || len > 8)
		return -1;
	/* fewer than 8 bytes are the low ones, as strace reads them */
	v = 0;
	memcpy(&v, b, len < 8 ? len : 8);
	tprintf("%llu", (unsigned long long)v);
	if (v && !xlat_raw())
		tprintf(" /* %llu.%02llu s */", (unsigned long long)(v / 100),
			(unsigned long long)(v % 100));
	return 0;
}

/* struct ifla_bridge_id: {prio=[N, N], addr=...} */
static int print_bridge_id(const unsigned char *b, size_t len, const struct nlctx *ctx)
{
	(void)ctx;
	if (len < 8)
		return -1;
	tprintf("{prio=[%u, %u], addr=", b[0], b[1]);
	nl_print_hwaddr(b + 2, 6);
	tputc('}');
	return 0;
}

static int print_u16_hex(const unsigned char *b, size_t len, const struct nlctx *ctx)
{
	(void)ctx;
	if (len < 2)
		return -1;
	printnum_hex(get16(b));
	return 0;
}

/* IFLA_BRPORT_*: flags of a byte, numbers, timers, the root and bridge ids */
static const struct nla_spec brport_attrs[] = {
	[1] = { NK_U8 }, [2] = { NK_U16 }, [3] = { NK_U32 },
	[4] = { NK_U8 }, [5] = { NK_U8 }, [6] = { NK_U8 }, [7] = { NK_U8 }, [8] = { NK_U8 },
	[9] = { NK_U8 }, [10] = { NK_U8 }, [11] = { NK_U8 }, [12] = { NK_U8 },
	[13] = { NK_FN, .fn = print_bridge_id }, [14] = { NK_FN, .fn = print_bridge_id },
	[15] = { NK_U16 }, [16] = { NK_U16 }, [17] = { NK_U16 }, [18] = { NK_U16 },
	[19] = { NK_U8 }, [20] = { NK_U8 },
	[21] = { NK_FN, .fn = print_brport_timer }, [22] = { NK_FN, .fn = print_brport_timer },
	[23] = { NK_FN, .fn = print_brport_timer },
	[25] = { NK_U8 }, [27] = { NK_U8 }, [28] = { NK_U8 }, [29] = { NK_U8 }, [30] = { NK_U8 },
	[31] = { NK_FN, .fn = print_u16_hex },
	[32] = { NK_U8 }, [33] = { NK_U8 }, [34] = { NK_U32 }, [35] = { NK_U8 }, [36] = { NK_U8 },
	[37] = { NK_U32 }, [38] = { NK_U32 }, [39] = { NK_U8 }, [40] = { NK_U8 },
	[41] = { NK_U32 }, [42] = { NK_U32 }, [43] = { NK_U8 }, [44] = { NK_U32 }, [45] = { NK_U8 },
};
static const struct nla_table brport_table =
	NLA_TABLE(rtnl_ifla_brport_attrs, "IFLA_BRPORT_???", brport_attrs);

/* IFLA_PROTINFO holds the attributes of the message's own family. */
static int print_protinfo(const unsigned char *b, size_t len, const struct nlctx *ctx)
{
	if (ctx->family == AF_BRIDGE) {
		nla_print_all(b, len, &brport_table, ctx);
		return 0;
	}
	if (ctx->family != AF_INET6)
		return -1;
	nla_print_all(b, len, &inet6_table, ctx);
	return 0;
}

/*
 * IFLA_LINKINFO: the kind of link by name, then the kind's own attributes for the kinds
 * strace decodes (a bridge's IFLA_BR_*, a bridge port's IFLA_BRPORT_*, a tun device's
 * IFLA_TUN_*); others stay in hex.
 */
static const struct nla_spec tun_attrs[] = {
	[1] = { NK_U32 }, [2] = { NK_U32 },	/* IFLA_TUN_OWNER, IFLA_TUN_GROUP */
	[3] = { NK_XVAL8, &xlat_tun_device_types, "IFF_???" },	/* IFLA_TUN_TYPE */
	[4] = { NK_U8 }, [5] = { NK_U8 }, [6] = { NK_U8 }, [7] = { NK_U8 },
	[8] = { NK_U32 }, [9] = { NK_U32 },	/* IFLA_TUN_NUM_QUEUES, _NUM_DISABLED_QUEUES */
};
static const struct nla_table tun_table =
	NLA_TABLE(rtnl_ifla_tun_attrs, "IFLA_TUN_???", tun_attrs);

/* IFLA_BR_VLAN_PROTOCOL: htons(ETH_P_...) */
static int print_vlan_protocol(const unsigned char *b, size_t len, const struct nlctx *ctx)
{
	(void)ctx;
	if (len < 2)
		return -1;
	tputs("htons(");
	printxval(&xlat_ethernet_protocols, (unsigned)(b[0] << 8 | b[1]), "ETHER_P_???");
	tputc(')');
	return 0;
}

/* IFLA_BR_STP_MODE: a u32 constant */
static int print_stp_mode(const unsigned char *b, size_t len, const struct nlctx *ctx)
{
	(void)ctx;
	if (len < 4)
		return -1;
	printxval(&xlat_br_stp_modes, get32(b), NULL);
	return 0;
}

/* struct br_boolopt_multi */
static int print_boolopt(const unsigned char *b, size_t len, const struct nlctx *ctx)
{
	(void)ctx;
	if (len < 8)
		return -1;
	tputs("{optval=");
	printflags(&xlat_br_boolopts, get32(b), "1<<BR_BOOLOPT_???");
	tputs(", optmask=");
	printflags(&xlat_br_boolopts, get32(b + 4), "1<<BR_BOOLOPT_???");
	tputc('}');
	return 0;
}

static int print_querier_ip(const unsigned char *b, size_t len, const struct nlctx *ctx)
{
	(void)ctx;
	return nl_print_inaddr(AF_INET, b, len);
}

static int print_querier_ip6(const unsigned char *b, size_t len, const struct nlctx *ctx)
{
	(void)ctx;
	return nl_print_inaddr(AF_INET6, b, len);
}

static const struct nla_spec querier_attrs[] = {
	[1] = { NK_FN, .fn = print_querier_ip }, [2] = { NK_U32 },
	[3] = { NK_FN, .fn = print_brport_timer },
	[5] = { NK_FN, .fn = print_querier_ip6 }, [6] = { NK_U32 },
	[7] = { NK_FN, .fn = print_brport_timer },
};
static const struct nla_table querier_table =
	NLA_TABLE(rtnl_bridge_querier_attrs, "BRIDGE_QUERIER_???", querier_attrs);

/* IFLA_BR_*: timers in hundredths of a second, flags of a byte, numbers, ids */
static const struct nla_spec br_attrs[] = {
	[1] = { NK_FN, .fn = print_brport_timer }, [2] = { NK_FN, .fn = print_brport_timer },
	[3] = { NK_FN, .fn = print_brport_timer }, [4] = { NK_FN, .fn = print_brport_timer },
	[5] = { NK_U32 }, [6] = { NK_U16 }, [7] = { NK_U8 },
	[8] = { NK_FN, .fn = print_vlan_protocol },
	[9] = { NK_FN, .fn = print_u16_hex },
	[10] = { NK_FN, .fn = print_bridge_id }, [11] = { NK_FN, .fn = print_bridge_id },
	[12] = { NK_U16 }, [13] = { NK_U32 }, [14] = { NK_U8 }, [15] = { NK_U8 },
	[16] = { NK_FN, .fn = print_brport_timer }, [17] = { NK_FN, .fn = print_brport_timer },
	[18] = { NK_FN, .fn = print_brport_timer }, [19] = { NK_FN, .fn = print_brport_timer },
	[20] = { NK_HWADDR },
	[22] = { NK_U8 }, [23] = { NK_U8 }, [24] = { NK_U8 }, [25] = { NK_U8 },
	[26] = { NK_U32 }, [27] = { NK_U32 }, [28] = { NK_U32 }, [29] = { NK_U32 },
	[30] = { NK_FN, .fn = print_brport_timer }, [31] = { NK_FN, .fn = print_brport_timer },
	[32] = { NK_FN, .fn = print_brport_timer }, [33] = { NK_FN, .fn = print_brport_timer },
	[34] = { NK_FN, .fn = print_brport_timer }, [35] = { NK_FN, .fn = print_brport_timer },
	[36] = { NK_U8 }, [37] = { NK_U8 }, [38] = { NK_U8 }, [39] = { NK_U16 },
	[41] = { NK_U8 }, [42] = { NK_U8 }, [43] = { NK_U8 }, [44] = { NK_U8 }, [45] = { NK_U8 },
	[46] = { NK_FN, .fn = print_boolopt },
	[47] = { NK_NESTED, .nested = &querier_table },
	[48] = { NK_U32 }, [49] = { NK_U32 },
	[50] = { NK_FN, .fn = print_stp_mode },
};
static const struct nla_table br_table = NLA_TABLE(rtnl_ifla_br_attrs, "IFLA_BR_???", br_attrs);

/* the kinds whose data strace decodes */
static const struct nla_table *kind_table(const char *kind, int slave)
{
	if (!kind)
		return NULL;
	if (slave)
		return strcmp(kind, "bridge") ? NULL : &brport_table;
	if (!strcmp(kind, "bridge"))
		return &br_table;
	return strcmp(kind, "tun") ? NULL : &tun_table;
}

static int print_info_kind(const unsigned char *b, size_t len, const struct nlctx *ctx, int slave)
{
	nl_print_strz(b, len);
	if (ctx->linkinfo && len && !b[len - 1]) {
		if (slave)
			ctx->linkinfo->slave_kind = (const char *)b;
		else
			ctx->linkinfo->kind = (const char *)b;
	}
	return 0;
}

static int print_kind(const unsigned char *b, size_t len, const struct nlctx *ctx)
{
	return print_info_kind(b, len, ctx, 0);
}

static int print_slave_kind(const unsigned char *b, size_t len, const struct nlctx *ctx)
{
	return print_info_kind(b, len, ctx, 1);
}

static int print_kind_data(const unsigned char *b, size_t len, const struct nlctx *ctx, int slave)
{
	const struct nla_table *t;

	if (!ctx->linkinfo)
		return -1;
	t = kind_table(slave ? ctx->linkinfo->slave_kind : ctx->linkinfo->kind, slave);
	if (!t)
		return -1;
	nla_print_all(b, len, t, ctx);
	return 0;
}

static int print_data(const unsigned char *b, size_t len, const struct nlctx *ctx)
{
	return print_kind_data(b, len, ctx, 0);
}

static int print_slave_data(const unsigned char *b, size_t len, const struct nlctx *ctx)
{
	return print_kind_data(b, len, ctx, 1);
}

static const struct nla_spec linkinfo_attrs[] = {
	[IFLA_INFO_KIND] = { NK_FN, .fn = print_kind },
	[IFLA_INFO_DATA] = { NK_FN, .fn = print_data },
	[IFLA_INFO_SLAVE_KIND] = { NK_FN, .fn = print_slave_kind },
	[IFLA_INFO_SLAVE_DATA] = { NK_FN, .fn = print_slave_data },
};
static const struct nla_table linkinfo_table =
	NLA_TABLE(rtnl_ifla_info_attrs, "IFLA_INFO_???", linkinfo_attrs);

static int print_linkinfo(const unsigned char *b, size_t len, const struct nlctx *ctx)
{
	struct nl_linkinfo li = { NULL, NULL };
	struct nlctx c = *ctx;

	c.linkinfo = &li;
	nla_print_all(b, len, &linkinfo_table, &c);
	return 0;
}

static const struct nla_spec link_attrs[] = {
	[IFLA_ADDRESS] = { NK_HWADDR },
	[IFLA_BROADCAST] = { NK_HWADDR },
	[IFLA_IFNAME] = { NK_STR },
	[IFLA_MTU] = { NK_U32 },
	[IFLA_LINK] = { NK_U32 },
	[IFLA_QDISC] = { NK_STR },
	[IFLA_STATS] = { NK_FN, .fn = print_stats32 },
	[IFLA_COST] = { NK_U32 },
	[IFLA_PRIORITY] = { NK_U32 },
	[IFLA_MASTER] = { NK_U32 },
	[IFLA_TXQLEN] = { NK_U32 },
	[IFLA_MAP] = { NK_FN, .fn = print_ifmap },
	[IFLA_WEIGHT] = { NK_U32 },
	[IFLA_PROTINFO] = { NK_FN, .fn = print_protinfo },
	[IFLA_OPERSTATE] = { NK_U8 },
	[IFLA_LINKMODE] = { NK_U8 },
	[IFLA_LINKINFO] = { NK_FN, .fn = print_linkinfo },
	[IFLA_NET_NS_PID] = { NK_U32 },
	[IFLA_IFALIAS] = { NK_STR },
	[IFLA_NUM_VF] = { NK_U32 },
	[IFLA_STATS64] = { NK_FN, .fn = print_stats64 },
	[IFLA_AF_SPEC] = { NK_NESTED, .nested = &af_spec_table },
	[IFLA_GROUP] = { NK_U32 },
	[IFLA_NET_NS_FD] = { NK_U32 },
	[IFLA_EXT_MASK] = { NK_FLAGS, &xlat_rtnl_ifla_ext_filter_flags, "RTEXT_FILTER_???" },
	[IFLA_PROMISCUITY] = { NK_U32 },
	[IFLA_NUM_TX_QUEUES] = { NK_U32 },
	[IFLA_NUM_RX_QUEUES] = { NK_U32 },
	[IFLA_CARRIER] = { NK_U8 },
	[IFLA_CARRIER_CHANGES] = { NK_U32 },
	[IFLA_LINK_NETNSID] = { NK_S32 },
	[IFLA_PHYS_PORT_NAME] = { NK_STR },
	[IFLA_PROTO_DOWN] = { NK_U8 },
	[IFLA_GSO_MAX_SEGS] = { NK_U32 },
	[IFLA_GSO_MAX_SIZE] = { NK_U32 },
	[IFLA_XDP] = { NK_NESTED, .nested = &xdp_table },
	[IFLA_NEW_NETNSID] = { NK_S32 },
	[IFLA_TARGET_NETNSID] = { NK_S32 },
	[IFLA_CARRIER_UP_COUNT] = { NK_U32 },
	[IFLA_CARRIER_DOWN_COUNT] = { NK_U32 },
	[IFLA_NEW_IFINDEX] = { NK_S32 },
	[IFLA_MIN_MTU] = { NK_U32 },
	[IFLA_MAX_MTU] = { NK_U32 },
	[IFLA_ALT_IFNAME] = { NK_STR },
	[IFLA_PERM_ADDRESS] = { NK_HWADDR },
	[IFLA_PARENT_DEV_NAME] = { NK_STR },
	[IFLA_PARENT_DEV_BUS_NAME] = { NK_STR },
	[IFLA_GRO_MAX_SIZE] = { NK_U32 },
	[IFLA_TSO_MAX_SIZE] = { NK_U32 },
	[IFLA_TSO_MAX_SEGS] = { NK_U32 },
	[61] = { NK_U32 },	/* IFLA_ALLMULTI */
	/* current strace reads IFLA_DEVLINK_PORT as a u32 too, IFLA_DPLL_PIN and
	 * IFLA_MAX_PACING_OFFLOAD_HORIZON as bytes */
	[62] = { NK_U32 },	/* IFLA_DEVLINK_PORT */
	[63] = { NK_U32 },	/* IFLA_GSO_IPV4_MAX_SIZE */
	[64] = { NK_U32 },	/* IFLA_GRO_IPV4_MAX_SIZE */
	[67] = { NK_U8 },	/* IFLA_NETNS_IMMUTABLE */
	[68] = { NK_U16 },	/* IFLA_HEADROOM */
	[69] = { NK_U16 },	/* IFLA_TAILROOM */
};
static const struct nla_table link_table = NLA_TABLE(rtnl_link_attrs, "IFLA_???", link_attrs);

static const struct nla_spec addr_attrs[] = {
	[IFA_ADDRESS] = { NK_INADDR },
	[IFA_LOCAL] = { NK_INADDR },
	[IFA_LABEL] = { NK_STR },
	[IFA_BROADCAST] = { NK_INADDR },
	[IFA_ANYCAST] = { NK_INADDR },
	[IFA_CACHEINFO] = { NK_FN, .fn = print_ifa_cacheinfo },
	[IFA_MULTICAST] = { NK_INADDR },
	[IFA_FLAGS] = { NK_FLAGS, &xlat_ifaddr_flags, "IFA_F_???" },
	[IFA_RT_PRIORITY] = { NK_U32 },
	[IFA_TARGET_NETNSID] = { NK_S32 },
};
static const struct nla_table addr_table = NLA_TABLE(rtnl_addr_attrs, "IFA_???", addr_attrs);

static const struct nla_spec metrics_attrs[] = {
	[RTAX_LOCK] = { NK_U32 },
	[RTAX_MTU] = { NK_U32 },
	[RTAX_WINDOW] = { NK_U32 },
	[RTAX_RTT] = { NK_U32 },
	[RTAX_RTTVAR] = { NK_U32 },
	[RTAX_SSTHRESH] = { NK_U32 },
	[RTAX_CWND] = { NK_U32 },
	[RTAX_ADVMSS] = { NK_U32 },
	[RTAX_REORDERING] = { NK_U32 },
	[RTAX_HOPLIMIT] = { NK_U32 },
	[RTAX_INITCWND] = { NK_U32 },
	[RTAX_FEATURES] = { NK_U32 },
	[RTAX_RTO_MIN] = { NK_U32 },
	[RTAX_INITRWND] = { NK_U32 },
	[RTAX_QUICKACK] = { NK_U32 },
	[RTAX_CC_ALGO] = { NK_STR },
	[17] = { NK_U32 },	/* RTAX_FASTOPEN_NO_COOKIE */
};
static const struct nla_table metrics_table =
	NLA_TABLE(rtnl_rta_metrics_attrs, "RTAX_???", metrics_attrs);

static const struct nla_table route_table;

/* One struct rtnexthop; with the route attributes after it in brackets when it has any. */
static void print_nexthop(const unsigned char *b, size_t len, const struct nlctx *ctx)
{
	unsigned rtnh_len = get16(b);
	int attrs = rtnh_len > RTNH_LENGTH(0) && rtnh_len <= len;

	if (attrs)
		tputc('[');
	tprintf("{rtnh_len=%u, rtnh_flags=", rtnh_len);
	printflags(&xlat_route_nexthop_flags, b[2], "RTNH_F_???");
	tprintf(", rtnh_hops=%u, rtnh_ifindex=", b[3]);
	print_ifindex(get32(b + 4));
	tputc('}');
	if (!attrs)
		return;
	tputs(", ");
	nla_print_all(b + RTNH_LENGTH(0), rtnh_len - RTNH_LENGTH(0), &route_table, ctx);
	tputc(']');
}

/* RTA_MULTIPATH: next hops one after the other, a list when there are several */
static int print_multipath(const unsigned char *b, size_t len, const struct nlctx *ctx)
{
	int list = 0;

	if (len < RTNH_LENGTH(0))
		return -1;
	while (len >= RTNH_LENGTH(0)) {
		size_t rtnh_len = get16(b), step = RTNH_ALIGN(rtnh_len);

		if (!list && rtnh_len >= RTNH_LENGTH(0) && len > step) {
			tputc('[');
			list = 1;
		}
		print_nexthop(b, len, ctx);
		if (rtnh_len < RTNH_LENGTH(0) || len <= step) {
			len = 0;
			break;
		}
		tputs(", ");
		b += step;
		len -= step;
	}
	if (len)
		nl_print_hex(b, len);
	if (list)
		tputc(']');
	return 0;
}

static const struct nla_spec route_attrs[] = {
	[RTA_DST] = { NK_INADDR },
	[RTA_SRC] = { NK_INADDR },
	[RTA_IIF] = { NK_IFINDEX },
	[RTA_OIF] = { NK_IFINDEX },
	[RTA_GATEWAY] = { NK_INADDR },
	[RTA_PRIORITY] = { NK_U32 },
	[RTA_PREFSRC] = { NK_INADDR },
	[RTA_METRICS] = { NK_NESTED, .nested = &metrics_table },
	[RTA_MULTIPATH] = { NK_FN, .fn = print_multipath },
	[RTA_FLOW] = { NK_U32 },
	[RTA_CACHEINFO] = { NK_FN, .fn = print_rta_cacheinfo },
	[RTA_TABLE] = { NK_FN, .fn = print_table_attr },
	[RTA_MARK] = { NK_U32 },
	[RTA_NEWDST] = { NK_INADDR },
	[RTA_PREF] = { NK_U8 },
	[RTA_EXPIRES] = { NK_U64 },
	[RTA_UID] = { NK_U32 },
	[RTA_TTL_PROPAGATE] = { NK_U8 },
	[RTA_IP_PROTO] = { NK_XVAL8, &xlat_ipprotos, "IPPROTO_???" },
	[RTA_NH_ID] = { NK_U32 },
};
static const struct nla_table route_table = NLA_TABLE(rtnl_route_attrs, "RTA_???", route_attrs);

static const struct nla_spec neigh_attrs[] = {
	[NDA_DST] = { NK_INADDR },
	[NDA_LLADDR] = { NK_HWADDR },
	[NDA_CACHEINFO] = { NK_FN, .fn = print_nda_cacheinfo },
	[NDA_PROBES] = { NK_U32 },
	[NDA_VLAN] = { NK_U16 },
	[NDA_VNI] = { NK_U32 },
	[NDA_IFINDEX] = { NK_IFINDEX },
	[NDA_MASTER] = { NK_IFINDEX },
	[NDA_LINK_NETNSID] = { NK_S32 },
	[15] = { NK_FLAGS, &xlat_neigh_flags_ext, "NTF_EXT_???" },	/* NDA_FLAGS_EXT */
	[NDA_SRC_VNI] = { NK_U32 },
	[NDA_NH_ID] = { NK_U32 },
};
static const struct nla_table neigh_table = NLA_TABLE(rtnl_neigh_attrs, "NDA_???", neigh_attrs);

static const struct nla_spec rule_attrs[] = {
	[FRA_DST] = { NK_INADDR },
	[FRA_SRC] = { NK_INADDR },
	[FRA_IIFNAME] = { NK_STR },
	[FRA_GOTO] = { NK_U32 },
	[FRA_PRIORITY] = { NK_U32 },
	[FRA_FWMARK] = { NK_U32 },
	[FRA_FLOW] = { NK_U32 },
	[FRA_TUN_ID] = { NK_U64 },
	[FRA_SUPPRESS_IFGROUP] = { NK_U32 },
	[FRA_SUPPRESS_PREFIXLEN] = { NK_U32 },
	[FRA_TABLE] = { NK_FN, .fn = print_table_attr },
	[FRA_FWMASK] = { NK_U32 },
	[FRA_OIFNAME] = { NK_STR },
	[FRA_L3MDEV] = { NK_U8 },
	[FRA_UID_RANGE] = { NK_FN, .fn = print_fra_range },
	[FRA_PROTOCOL] = { NK_XVAL8, &xlat_routing_protocols, "RTPROT_???" },
	[FRA_IP_PROTO] = { NK_XVAL8, &xlat_ipprotos, "IPPROTO_???" },
	[FRA_SPORT_RANGE] = { NK_FN, .fn = print_port_range },
	[FRA_DPORT_RANGE] = { NK_FN, .fn = print_port_range },
};
static const struct nla_table rule_table = NLA_TABLE(rtnl_rule_attrs, "FRA_???", rule_attrs);

static const struct nla_spec netconf_attrs[] = {
	[1] = { NK_IFINDEX },		/* NETCONFA_IFINDEX */
	[2] = { NK_S32 }, [3] = { NK_S32 }, [4] = { NK_S32 }, [5] = { NK_S32 },
	[6] = { NK_S32 }, [7] = { NK_S32 }, [8] = { NK_S32 },
};
static const struct nla_table netconf_table =
	NLA_TABLE(rtnl_netconf_attrs, "NETCONFA_???", netconf_attrs);

static const struct nla_spec addrlabel_attrs[] = {
	[1] = { NK_INADDR },		/* IFAL_ADDRESS */
	[2] = { NK_U32 },		/* IFAL_LABEL */
};
static const struct nla_table addrlabel_table =
	NLA_TABLE(rtnl_addrlabel_attrs, "IFAL_???", addrlabel_attrs);

/* NHA_GROUP: [{id=N, weight=N, weight_high=N}, ...], struct nexthop_grp each */
static int print_nexthop_group(const unsigned char *b, size_t len, const struct nlctx *ctx)
{
	size_t n = len / 8;

	(void)ctx;
	if (!n)
		return -1;
	tputc('[');
	for (size_t i = 0; i < n; i++) {
		if (i)
			tputs(", ");
		if (nl_abbrev() && i >= (size_t)opt.max_strlen) {
			tputs("...");
			break;
		}
		tprintf("{id=%u, weight=%u, weight_high=%u}", get32(b + 8 * i), b[8 * i + 4],
			b[8 * i + 5]);
	}
	tputc(']');
	return 0;
}

static const struct nla_table nha_res_group_table = { &xlat_rtnl_nha_res_group_attrs,
	"NHA_RES_GROUP_???", NULL, 0, NULL };
static const struct nla_table nha_res_bucket_table = { &xlat_rtnl_nha_res_bucket_attrs,
	"NHA_RES_BUCKET_???", NULL, 0, NULL };

static const struct nla_spec nexthop_attrs[] = {
	[1] = { NK_U32 },		/* NHA_ID */
	[2] = { NK_FN, .fn = print_nexthop_group },	/* NHA_GROUP */
	[3] = { NK_XVAL, &xlat_nexthop_grp_types, "NEXTHOP_GRP_TYPE_???" },	/* NHA_GROUP_TYPE */
	[4] = { NK_U32 },		/* NHA_BLACKHOLE */
	[5] = { NK_IFINDEX },		/* NHA_OIF */
	[6] = { NK_INADDR },		/* NHA_GATEWAY */
	[7] = { NK_XVAL, &xlat_lwtunnel_encap_types, "LWTUNNEL_ENCAP_???" },	/* NHA_ENCAP_TYPE */
	[9] = { NK_U32 },		/* NHA_GROUPS */
	[10] = { NK_IFINDEX },		/* NHA_MASTER */
	[11] = { NK_U32 },		/* NHA_FDB */
	[12] = { NK_NESTED, .nested = &nha_res_group_table },	/* NHA_RES_GROUP */
	[13] = { NK_NESTED, .nested = &nha_res_bucket_table },	/* NHA_RES_BUCKET */
};
static const struct nla_table nexthop_table =
	NLA_TABLE(rtnl_nexthop_attrs, "NHA_???", nexthop_attrs);

/* A struct of unsigned numbers of mixed widths: {name=N, ...}; -1 when len is short. */
struct num_field {
	const char *name;
	unsigned char off, width;
};

static int print_num_struct(const unsigned char *b, size_t len, const struct num_field *f,
			    unsigned n)
{
	if (len < (size_t)f[n - 1].off + f[n - 1].width)
		return -1;
	tputc('{');
	for (unsigned i = 0; i < n; i++) {
		uint64_t v = f[i].width == 8 ? get64(b + f[i].off) : get32(b + f[i].off);

		tprintf("%s%s=%llu", i ? ", " : "", f[i].name, (unsigned long long)v);
	}
	tputc('}');
	return 0;
}

#define NUM_STRUCT_PRINTER(fn, fields) \
static int fn(const unsigned char *b, size_t len, const struct nlctx *ctx) \
{ \
	(void)ctx; \
	return print_num_struct(b, len, fields, sizeof(fields) / sizeof(fields[0])); \
}

static const struct num_field tc_stats[] = {	/* struct tc_stats */
	{ "bytes", 0, 8 }, { "packets", 8, 4 }, { "drops", 12, 4 }, { "overlimits", 16, 4 },
	{ "bps", 20, 4 }, { "pps", 24, 4 }, { "qlen", 28, 4 }, { "backlog", 32, 4 },
};
static const struct num_field stats_basic[] = {	/* struct gnet_stats_basic */
	{ "bytes", 0, 8 }, { "packets", 8, 4 },
};
static const struct num_field stats_rate_est[] = {	/* struct gnet_stats_rate_est */
	{ "bps", 0, 4 }, { "pps", 4, 4 },
};
static const struct num_field stats_queue[] = {	/* struct gnet_stats_queue */
	{ "qlen", 0, 4 }, { "backlog", 4, 4 }, { "drops", 8, 4 }, { "requeues", 12, 4 },
	{ "overlimits", 16, 4 },
};
static const struct num_field stats_rate_est64[] = {	/* struct gnet_stats_rate_est64 */
	{ "bps", 0, 8 }, { "pps", 8, 8 },
};
NUM_STRUCT_PRINTER(print_tc_stats, tc_stats)
NUM_STRUCT_PRINTER(print_stats_basic, stats_basic)
NUM_STRUCT_PRINTER(print_stats_rate_est, stats_rate_est)
NUM_STRUCT_PRINTER(print_stats_queue, stats_queue)
NUM_STRUCT_PRINTER(print_stats_rate_est64, stats_rate_est64)

static const struct nla_spec tca_stats_attrs[] = {
	[1] = { NK_FN, .fn = print_stats_basic },	/* TCA_STATS_BASIC */
	[2] = { NK_FN, .fn = print_stats_rate_est },	/* TCA_STATS_RATE_EST */
	[3] = { NK_FN, .fn = print_stats_queue },	/* TCA_STATS_QUEUE */
	[5] = { NK_FN, .fn = print_stats_rate_est64 },	/* TCA_STATS_RATE_EST64 */
	[7] = { NK_FN, .fn = print_stats_basic },	/* TCA_STATS_BASIC_HW */
	[8] = { NK_U64 },				/* TCA_STATS_PKT64 */
};
static const struct nla_table tca_stats_table =
	NLA_TABLE(rtnl_tca_stats_attrs, "TCA_STATS_???", tca_stats_attrs);

static const struct nla_spec tc_attrs[] = {
	[1] = { NK_STR },					/* TCA_KIND */
	[3] = { NK_FN, .fn = print_tc_stats },			/* TCA_STATS */
	[6] = { NK_U32 },					/* TCA_FCNT */
	[7] = { NK_NESTED, .nested = &tca_stats_table },	/* TCA_STATS2 */
	[11] = { NK_U32 },					/* TCA_CHAIN */
	[12] = { NK_U8 },					/* TCA_HW_OFFLOAD */
	[13] = { NK_U32 },					/* TCA_INGRESS_BLOCK */
	[14] = { NK_U32 },					/* TCA_EGRESS_BLOCK */
	[16] = { NK_STR },					/* TCA_EXT_WARN_MSG */
};
static const struct nla_table tc_table = NLA_TABLE(rtnl_tc_attrs, "TCA_???", tc_attrs);

static const struct nla_spec offload_xstats_attrs[] = {
	[1] = { NK_FN, .fn = print_stats64 },	/* IFLA_OFFLOAD_XSTATS_CPU_HIT */
};
static const struct nla_table offload_xstats_table =
	NLA_TABLE(rtnl_offload_xstats_attrs, "IFLA_OFFLOAD_XSTATS_???", offload_xstats_attrs);

static const struct nla_spec stats_attrs[] = {
	[1] = { NK_FN, .fn = print_stats64 },			/* IFLA_STATS_LINK_64 */
	[4] = { NK_NESTED, .nested = &offload_xstats_table },	/* ..._OFFLOAD_XSTATS */
};
static const struct nla_table stats_table =
	NLA_TABLE(rtnl_ifla_stats_attrs, "IFLA_STATS_???", stats_attrs);

static const struct num_field ndt_stats[] = {	/* struct ndt_stats */
	{ "ndts_allocs", 0, 8 }, { "ndts_destroys", 8, 8 }, { "ndts_hash_grows", 16, 8 },
	{ "ndts_res_failed", 24, 8 }, { "ndts_lookups", 32, 8 }, { "ndts_hits", 40, 8 },
	{ "ndts_rcv_probes_mcast", 48, 8 }, { "ndts_rcv_probes_ucast", 56, 8 },
	{ "ndts_periodic_gc_runs", 64, 8 }, { "ndts_forced_gc_runs", 72, 8 },
	{ "ndts_table_fulls", 80, 8 },
};
NUM_STRUCT_PRINTER(print_ndt_stats, ndt_stats)

/* struct ndt_config: the hash mask in hex, six digits wide as strace has it */
static int print_ndt_config(const unsigned char *b, size_t len, const struct nlctx *ctx)
{
	(void)ctx;
	if (len < 32)
		return -1;
	tprintf("{ndtc_key_len=%u, ndtc_entry_size=%u, ndtc_entries=%u, ndtc_last_flush=%u, "
		"ndtc_last_rand=%u, ndtc_hash_rnd=%u, ndtc_hash_mask=%#08x, "
		"ndtc_hash_chain_gc=%u, ndtc_proxy_qlen=%u}", get16(b), get16(b + 2),
		get32(b + 4), get32(b + 8), get32(b + 12), get32(b + 16), get32(b + 20),
		get32(b + 24), get32(b + 28));
	return 0;
}

static const struct nla_spec neightbl_parms_attrs[] = {
	[1] = { NK_IFINDEX },				/* NDTPA_IFINDEX */
	[2] = { NK_U32 },				/* NDTPA_REFCNT */
	[3] = { NK_U64 }, [4] = { NK_U64 }, [5] = { NK_U64 }, [6] = { NK_U64 },
	[7] = { NK_U64 },				/* the times, in ms */
	[8] = { NK_U32 }, [9] = { NK_U32 }, [10] = { NK_U32 }, [11] = { NK_U32 },
	[12] = { NK_U64 }, [13] = { NK_U64 },		/* ANYCAST_DELAY, PROXY_DELAY */
	[14] = { NK_U32 },				/* NDTPA_PROXY_QLEN */
	[15] = { NK_U64 },				/* NDTPA_LOCKTIME */
	[16] = { NK_U32 }, [17] = { NK_U32 },		/* QUEUE_LENBYTES, MCAST_REPROBES */
	[19] = { NK_U64 },				/* NDTPA_INTERVAL_PROBE_TIME_MS */
};
static const struct nla_table neightbl_parms_table =
	NLA_TABLE(rtnl_neightbl_parms_attrs, "NDTPA_???", neightbl_parms_attrs);

static const struct nla_spec neightbl_attrs[] = {
	[1] = { NK_STR },					/* NDTA_NAME */
	[2] = { NK_U32 }, [3] = { NK_U32 }, [4] = { NK_U32 },	/* NDTA_THRESH1..3 */
	[5] = { NK_FN, .fn = print_ndt_config },		/* NDTA_CONFIG */
	[6] = { NK_NESTED, .nested = &neightbl_parms_table },	/* NDTA_PARMS */
	[7] = { NK_FN, .fn = print_ndt_stats },			/* NDTA_STATS */
	[8] = { NK_U64 },					/* NDTA_GC_INTERVAL */
};
static const struct nla_table neightbl_table =
	NLA_TABLE(rtnl_neightbl_attrs, "NDTA_???", neightbl_attrs);

/* ---- the fixed headers ---- */

/* filter_mask: 1<<IFLA_STATS_LINK_64|..., a bit for each attribute asked for */
static void print_stats_mask(uint32_t mask)
{
	uint32_t rest = mask;
	int first = 1;

	if (!mask || xlat_raw()) {
		printnum_hex(mask);
		return;
	}
	if (xlat_verbose())
		tprintf("%#x /* ", mask);
	for (unsigned bit = 0; bit < 32; bit++) {
		const char *name = xlat_name(&xlat_rtnl_ifla_stats_attrs, bit);

		if (!(mask >> bit & 1) || !name)
			continue;
		tprintf("%s1<<%s", first ? "" : "|", name);
		rest &= ~(1u << bit);
		first = 0;
	}
	if (rest)
		tprintf("%s%#x", first ? "" : "|", rest);
	if (xlat_verbose())
		tputs(" */");
}

static void if_stats_msg_fields(const unsigned char *b)
{
	tputs(", ifindex=");
	print_ifindex(get32(b + 4));
	tputs(", filter_mask=");
	print_stats_mask(get32(b + 8));
}

static void tcmsg_fields(const unsigned char *b)
{
	tputs(", tcm_ifindex=");
	print_ifindex(get32(b + 4));
	tprintf(", tcm_handle=%u, tcm_parent=%u, tcm_info=%u", get32(b + 8), get32(b + 12),
		get32(b + 16));
}

static void no_more_fields(const unsigned char *b)
{
	(void)b;	/* struct netconfmsg and struct ndtmsg are their family alone */
}

static void ifaddrlblmsg_fields(const unsigned char *b)
{
	tprintf(", ifal_prefixlen=%u, ifal_flags=", b[2]);
	printnum_hex(b[3]);
	tputs(", ifal_index=");
	print_ifindex(get32(b + 4));
	tprintf(", ifal_seq=%u", get32(b + 8));
}

static void nhmsg_fields(const unsigned char *b)
{
	tputs(", nh_scope=");
	printxval(&xlat_routing_scopes, b[1], NULL);
	tputs(", nh_protocol=");
	printxval(&xlat_routing_protocols, b[2], NULL);
	tputs(", nh_flags=");
	printflags(&xlat_route_nexthop_flags, get32(b + 4), "RTNH_F_???");
}

static void ifinfomsg_fields(const unsigned char *b)
{
	tputs(", ifi_type=");
	printxval(&xlat_arp_hardware_types, get16(b + 2), "ARPHRD_???");
	tputs(", ifi_index=");
	print_ifindex(get32(b + 4));
	tputs(", ifi_flags=");
	printflags(&xlat_iff_flags, get32(b + 8), "IFF_???");
	tputs(", ifi_change=");
	printnum_hex(get32(b + 12));
}

static void ifaddrmsg_fields(const unsigned char *b)
{
	tprintf(", ifa_prefixlen=%u, ifa_flags=", b[1]);
	printflags(&xlat_ifaddr_flags, b[2], "IFA_F_???");
	tputs(", ifa_scope=");
	printxval(&xlat_routing_scopes, b[3], NULL);
	tputs(", ifa_index=");
	print_ifindex(get32(b + 4));
}

static void rtmsg_fields(const unsigned char *b)
{
	tprintf(", rtm_dst_len=%u, rtm_src_len=%u, rtm_tos=%u, rtm_table=", b[1], b[2], b[3]);
	print_table_id(b[4]);
	tputs(", rtm_protocol=");
	printxval(&xlat_routing_protocols, b[5], NULL);
	tputs(", rtm_scope=");
	printxval(&xlat_routing_scopes, b[6], NULL);
	tputs(", rtm_type=");
	printxval(&xlat_routing_types, b[7], NULL);
	tputs(", rtm_flags=");
	printflags(&xlat_route_nexthop_flags, get32(b + 8), "RTNH_F_???");
}

static void ndmsg_fields(const unsigned char *b)
{
	tputs(", ndm_ifindex=");
	print_ifindex(get32(b + 4));
	tputs(", ndm_state=");
	printflags(&xlat_neigh_states, get16(b + 8), "NUD_???");
	tputs(", ndm_flags=");
	printflags(&xlat_neigh_flags, b[10], "NTF_???");
	tputs(", ndm_type=");
	printxval(&xlat_routing_types, b[11], NULL);
}

static void fib_rule_fields(const unsigned char *b)
{
	tprintf(", dst_len=%u, src_len=%u, tos=%u, table=", b[1], b[2], b[3]);
	print_table_id(b[4]);
	tputs(", action=");
	printxval(&xlat_fib_rule_actions, b[7], NULL);
	tputs(", flags=");
	printflags(&xlat_fib_rule_flags, get32(b + 8), "FIB_RULE_???");
}

static const struct nl_family_msg link_msg = { 16, "ifi_family", ifinfomsg_fields, &link_table };
static const struct nl_family_msg addr_msg = { 8, "ifa_family", ifaddrmsg_fields, &addr_table };
static const struct nl_family_msg route_msg = { 12, "rtm_family", rtmsg_fields, &route_table };
static const struct nl_family_msg neigh_msg = { 12, "ndm_family", ndmsg_fields, &neigh_table };
static const struct nl_family_msg rule_msg = { 12, "family", fib_rule_fields, &rule_table };
static const struct nl_family_msg netconf_msg = { 1, "ncm_family", no_more_fields, &netconf_table };
static const struct nl_family_msg addrlabel_msg =
	{ 12, "ifal_family", ifaddrlblmsg_fields, &addrlabel_table };
static const struct nl_family_msg nexthop_msg = { 8, "nh_family", nhmsg_fields, &nexthop_table };
static const struct nl_family_msg tc_msg = { 20, "tcm_family", tcmsg_fields, &tc_table };
static const struct nl_family_msg stats_msg = { 12, "family", if_stats_msg_fields, &stats_table };
static const struct nl_family_msg neightbl_msg = { 1, "ndtm_family", no_more_fields,
						   &neightbl_table };

static const struct nl_family_msg *msg_by_type(unsigned type)
{
	if (type >= RTM_NEWLINK && type <= RTM_SETLINK)
		return &link_msg;
	if (type >= RTM_NEWADDR && type <= RTM_GETADDR)
		return &addr_msg;
	if (type >= RTM_NEWROUTE && type <= RTM_GETROUTE)
		return &route_msg;
	if (type >= RTM_NEWNEIGH && type <= RTM_GETNEIGH)
		return &neigh_msg;
	if (type >= RTM_NEWRULE && type <= RTM_GETRULE)
		return &rule_msg;
	if (type >= RTM_NEWNETCONF && type <= RTM_GETNETCONF)
		return &netconf_msg;
	if (type >= RTM_NEWADDRLABEL && type <= RTM_GETADDRLABEL)
		return &addrlabel_msg;
	if (type >= RTM_NEWNEXTHOP && type <= RTM_GETNEXTHOP)
		return &nexthop_msg;
	if (type >= RTM_NEWNEIGHTBL && type <= RTM_SETNEIGHTBL)
		return &neightbl_msg;
	if (type >= RTM_NEWSTATS && type <= RTM_GETSTATS)
		return &stats_msg;
	if ((type >= RTM_NEWQDISC && type <= RTM_GETTFILTER) ||
	    (type >= RTM_NEWCHAIN && type <= RTM_GETCHAIN))
		return &tc_msg;
	return NULL;
}

const struct xlat *rtnl_flags_xlat(unsigned type)
{
	if (type == RTM_DELACTION)
		return &xlat_nlmsg_flags_get;
	switch (type & 3) {
	case 0:
		return &xlat_nlmsg_flags_new;
	case 1:
		return &xlat_nlmsg_flags_del;
	case 2:
		return &xlat_nlmsg_flags_get;
	}
	return &xlat_nlmsg_flags;
}

/*
 * {FAMILY=AF_..., fields...} then the attributes. A payload shorter than the struct (a
 * dump request naming only the family) prints "..." after the family.
 */
int rtnl_print_payload(const unsigned char *b, size_t len, struct nlctx *ctx)
{
	const struct nl_family_msg *m = msg_by_type(ctx->type);

	if (len < 1 || ctx->type < NLMSG_MIN_TYPE)
		return -1;
	/* bridge(8) asks for the forwarding database with a struct ifinfomsg, as strace reads it */
	if (ctx->type == RTM_GETNEIGH && b[0] == AF_BRIDGE)
		m = &link_msg;
	nl_print_family_msg(b, len, m, ctx);
	return 0;
}
