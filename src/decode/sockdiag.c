/*
 * sockdiag.c: NETLINK_SOCK_DIAG payloads as strace prints them: inet_diag (TCP, UDP, ...
 * sockets of AF_INET and AF_INET6), unix_diag, netlink_diag and packet_diag requests and
 * replies, with their attributes. Whether a message is a request or a reply is its
 * NLM_F_REQUEST flag.
 */
#include <arpa/inet.h>
#include <linux/inet_diag.h>
#include <linux/netlink.h>
#include <linux/netlink_diag.h>
#include <linux/packet_diag.h>
#include <linux/sock_diag.h>
#include <linux/unix_diag.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>

#include "decode.h"
#include "net.h"
#include "netlink.h"

#define NLA_TABLE(names, dflt, spec) \
	{ &xlat_##names, dflt, spec, sizeof(spec) / sizeof((spec)[0]) }

#define INET_REQ_SIZE 56	/* struct inet_diag_req_v2 */
#define INET_MSG_SIZE 72	/* struct inet_diag_msg */
#define UNIX_REQ_SIZE 24	/* struct unix_diag_req */
#define UNIX_MSG_SIZE 16	/* struct unix_diag_msg */

/* ---- attribute values ---- */

static int print_meminfo(const unsigned char *b, size_t len, const struct nlctx *ctx)
{
	static const char *const names[] = {
		"idiag_rmem", "idiag_wmem", "idiag_fmem", "idiag_tmem",
	};

	(void)ctx;
	if (len < 16)
		return -1;
	nl_print_u64_fields(b, names, 4, 4);
	return 0;
}

static int print_vegasinfo(const unsigned char *b, size_t len, const struct nlctx *ctx)
{
	static const char *const names[] = {
		"tcpv_enabled", "tcpv_rttcnt", "tcpv_rtt", "tcpv_minrtt",
	};

	(void)ctx;
	if (len < 16)
		return -1;
	nl_print_u64_fields(b, names, 4, 4);
	return 0;
}

/* struct inet_diag_sockopt: one bit each; strace names the bits that are set */
static int print_sockopt(const unsigned char *b, size_t len, const struct nlctx *ctx)
{
	static const char *const bits[] = {
		"recverr", "is_icsk", "freebind", "hdrincl", "mc_loop", "transparent",
		"mc_all", "nodefrag", "bind_address_no_port", "recverr_rfc4884",
		"defer_connect",
	};
	unsigned v, n = 0;

	(void)ctx;
	if (len < 2)
		return -1;
	v = b[0] | b[1] << 8;
	tputc('{');
	for (unsigned i = 0; i < sizeof(bits) / sizeof(bits[0]); i++)
		if (!style_abbrev() || v & 1u << i)
			tprintf("%s%s=%u", n++ ? ", " : "", bits[i], v >> i & 1);
	if (!style_abbrev() || v >> 11)
		tprintf("%sunused=%#x /* bits 3..8 */", n++ ? ", " : "", v >> 11);
	tputc('}');
	return 0;
}

static const struct nla_spec inet_attrs[] = {
	[INET_DIAG_MEMINFO] = { NK_FN, .fn = print_meminfo },
	[INET_DIAG_VEGASINFO] = { NK_FN, .fn = print_vegasinfo },
	[INET_DIAG_CONG] = { NK_STR },
	[INET_DIAG_TOS] = { NK_U8 },
	[INET_DIAG_TCLASS] = { NK_U8 },
	[INET_DIAG_SKMEMINFO] = { NK_U32_ARRAY, &xlat_sk_meminfo, "SK_MEMINFO_???" },
	[INET_DIAG_SHUTDOWN] = { NK_U8 },
	[INET_DIAG_PROTOCOL] = { NK_XVAL8, &xlat_ipprotos, "IPPROTO_???" },
	[INET_DIAG_SKV6ONLY] = { NK_U8 },
	[INET_DIAG_MARK] = { NK_U32 },
	[INET_DIAG_CLASS_ID] = { NK_U32 },
	[INET_DIAG_CGROUP_ID] = { NK_U64 },
	[INET_DIAG_SOCKOPT] = { NK_FN, .fn = print_sockopt },
};
static const struct nla_table inet_table = NLA_TABLE(inet_diag_attrs, "INET_DIAG_???", inet_attrs);

static const struct nla_spec inet_req_attrs[] = {
	[INET_DIAG_REQ_PROTOCOL] = { NK_XVAL, &xlat_ipprotos, "IPPROTO_???" },
};
static const struct nla_table inet_req_table =
	NLA_TABLE(inet_diag_req_attrs, "INET_DIAG_REQ_???", inet_req_attrs);

static int print_unix_vfs(const unsigned char *b, size_t len, const struct nlctx *ctx)
{
	static const char *const names[] = { "udiag_vfs_ino", "udiag_vfs_dev" };

	(void)ctx;
	if (len < 8)
		return -1;
	nl_print_u64_fields(b, names, 2, 4);
	return 0;
}

static int print_unix_rqlen(const unsigned char *b, size_t len, const struct nlctx *ctx)
{
	static const char *const names[] = { "udiag_rqueue", "udiag_wqueue" };

	(void)ctx;
	if (len < 8)
		return -1;
	nl_print_u64_fields(b, names, 2, 4);
	return 0;
}

/* [N, N, ...]: u32 values, cut at -s */
static int print_u32_list(const unsigned char *b, size_t len, const struct nlctx *ctx)
{
	(void)ctx;
	if (len < 4)
		return -1;
	tputc('[');
	for (size_t i = 0; i < len / 4; i++) {
		if (i)
			tputs(", ");
		if (nl_abbrev() && i >= (size_t)opt.max_strlen) {
			tputs("...");
			break;
		}
		tprintf("%u", get32(b + 4 * i));
	}
	tputc(']');
	return 0;
}

static const struct nla_spec unix_attrs[] = {
	[UNIX_DIAG_NAME] = { NK_STRZ },
	[UNIX_DIAG_VFS] = { NK_FN, .fn = print_unix_vfs },
	[UNIX_DIAG_PEER] = { NK_U32 },
	[UNIX_DIAG_ICONS] = { NK_FN, .fn = print_u32_list },
	[UNIX_DIAG_RQLEN] = { NK_FN, .fn = print_unix_rqlen },
	[UNIX_DIAG_MEMINFO] = { NK_U32_ARRAY, &xlat_sk_meminfo, "SK_MEMINFO_???" },
	[UNIX_DIAG_SHUTDOWN] = { NK_U8 },
	[UNIX_DIAG_UID] = { NK_U32 },
};
static const struct nla_table unix_table = NLA_TABLE(unix_diag_attrs, "UNIX_DIAG_???", unix_attrs);

static const struct nla_spec netlink_attrs[] = {
	[NETLINK_DIAG_MEMINFO] = { NK_U32_ARRAY, &xlat_sk_meminfo, "SK_MEMINFO_???" },
};
static const struct nla_table netlink_table =
	NLA_TABLE(netlink_diag_attrs, "NETLINK_DIAG_???", netlink_attrs);

/* ---- the fixed headers ---- */

static void print_sockid_addr(unsigned family, const unsigned char *a, const char *field)
{
	if (xlat_raw() || xlat_verbose()) {
		/* -X raw: all 16 bytes; -X verbose: then the address in a comment */
		tprintf("%s=", field);
		print_quoted(a, 16, QUOTE_FORCE_HEX);
		if (xlat_raw() || (family != AF_INET && family != AF_INET6))
			return;
		tputs(" /* ");
		print_ip_text(family, a, NULL);
		tputs(" */");
		return;
	}
	if (family == AF_INET6) {
		print_ip_text(AF_INET6, a, field);
		return;
	}
	if (family == AF_INET) {
		tprintf("%s=", field);
		print_ip_text(AF_INET, a, NULL);
		return;
	}
	tprintf("%s=[%#x, %#x, %#x, %#x]", field, get32(a), get32(a + 4), get32(a + 8),
		get32(a + 12));
}

static void print_port(const char *field, const unsigned char *b)
{
	tprintf("%s=", field);
	if (xlat_raw() || xlat_verbose()) {
		print_quoted(b, 2, QUOTE_FORCE_HEX);
		if (xlat_verbose())
			tprintf(" /* htons(%u) */", ntohs(get16(b)));
		return;
	}
	tprintf("htons(%u)", ntohs(get16(b)));
}

/* id={...}: struct inet_diag_sockid, 48 bytes */
static void print_sockid(unsigned family, const unsigned char *b)
{
	print_port("id={idiag_sport", b);
	print_port(", idiag_dport", b + 2);
	tputs(", ");
	print_sockid_addr(family, b + 4, "idiag_src");
	tputs(", ");
	print_sockid_addr(family, b + 20, "idiag_dst");
	tputs(", idiag_if=");
	print_ifindex(get32(b + 36));
	tprintf(", idiag_cookie=[%u, %u]}", get32(b + 40), get32(b + 44));
}

/* ---- packet_diag ---- */

/* struct packet_diag_info */
static int print_packet_info(const unsigned char *b, size_t len, const struct nlctx *ctx)
{
	(void)ctx;
	if (len < 24)
		return -1;
	tputs("{pdi_index=");
	print_ifindex(get32(b));
	tputs(", pdi_version=");
	printxval(&xlat_tpacket_versions, get32(b + 4), "TPACKET_???");
	tprintf(", pdi_reserve=%u, pdi_copy_thresh=%u, pdi_tstamp=%u, pdi_flags=",
		get32(b + 8), get32(b + 12), get32(b + 16));
	printflags(&xlat_packet_diag_info_flags, get32(b + 20), "PDI_???");
	tputc('}');
	return 0;
}

#define PACKET_MCLIST_SIZE 44	/* struct packet_diag_mclist */

/* [{pdmc_index=..., ...}, ...]: an array of struct packet_diag_mclist, cut at -s */
static int print_packet_mclist(const unsigned char *b, size_t len, const struct nlctx *ctx)
{
	size_t n = len / PACKET_MCLIST_SIZE;

	(void)ctx;
	if (!n)
		return -1;
	tputc('[');
	for (size_t i = 0; i < n; i++) {
		const unsigned char *m = b + i * PACKET_MCLIST_SIZE;
		unsigned alen = get16(m + 10);

		if (i)
			tputs(", ");
		if (nl_abbrev() && i >= (size_t)opt.max_strlen) {
			tputs("...");
			break;
		}
		tputs("{pdmc_index=");
		print_ifindex(get32(m));
		tprintf(", pdmc_count=%u, pdmc_type=%u, pdmc_alen=%u, pdmc_addr=", get32(m + 4),
			get16(m + 8), alen);
		nl_print_hex(m + 12, alen < 32 ? alen : 32);
		tputc('}');
	}
	tputc(']');
	return 0;
}

/* struct packet_diag_ring */
static int print_packet_ring(const unsigned char *b, size_t len, const struct nlctx *ctx)
{
	static const char *const names[] = {
		"pdr_block_size", "pdr_block_nr", "pdr_frame_size", "pdr_frame_nr",
		"pdr_retire_tmo", "pdr_sizeof_priv", "pdr_features",
	};

	(void)ctx;
	if (len < 28)
		return -1;
	nl_print_u64_fields(b, names, 7, 4);
	return 0;
}

/* the socket's classic BPF filter: its address, its instructions with -v */
static int print_packet_filter(const unsigned char *b, size_t len, const struct nlctx *ctx)
{
	if (len < 8)
		return -1;
	print_cbpf_insns(b, len / 8, nl_tracee_addr(ctx, b));
	return 0;
}

static const struct nla_spec packet_attrs[] = {
	[PACKET_DIAG_INFO] = { NK_FN, .fn = print_packet_info },
	[PACKET_DIAG_MCLIST] = { NK_FN, .fn = print_packet_mclist },
	[PACKET_DIAG_RX_RING] = { NK_FN, .fn = print_packet_ring },
	[PACKET_DIAG_TX_RING] = { NK_FN, .fn = print_packet_ring },
	[PACKET_DIAG_FANOUT] = { NK_U32 },
	[PACKET_DIAG_UID] = { NK_U32 },
	[PACKET_DIAG_MEMINFO] = { NK_U32_ARRAY, &xlat_sk_meminfo, "SK_MEMINFO_???" },
	[PACKET_DIAG_FILTER] = { NK_FN, .fn = print_packet_filter },
};
static const struct nla_table packet_table =
	NLA_TABLE(packet_diag_attrs, "PACKET_DIAG_???", packet_attrs);

/* struct packet_diag_req, after the family */
static void packet_req_fields(const unsigned char *b)
{
	tputs(", sdiag_protocol=");
	printnum_hex(b[1]);
	tprintf(", pdiag_ino=%u, pdiag_show=", get32(b + 4));
	printflags(&xlat_packet_diag_show, get32(b + 8), "PACKET_SHOW_???");
	tprintf(", pdiag_cookie=[%u, %u]", get32(b + 12), get32(b + 16));
}

/* struct packet_diag_msg, after the family */
static void packet_msg_fields(const unsigned char *b)
{
	tputs(", pdiag_type=");
	printxval(&xlat_socket_types, b[1], "SOCK_???");
	tputs(", pdiag_num=");
	printxval(&xlat_ethernet_protocols, get16(b + 2), "ETH_P_???");
	tprintf(", pdiag_ino=%u, pdiag_cookie=[%u, %u]", get32(b + 4), get32(b + 8),
		get32(b + 12));
}

static void inet_req_fields(const unsigned char *b)
{
	tputs(", sdiag_protocol=");
	printxval(&xlat_ipprotos, b[1], "IPPROTO_???");
	tputs(", idiag_ext=");
	printflags(&xlat_inet_diag_ext_flags, b[2], "1<<INET_DIAG_\?\?\?-1");
	tputs(", idiag_states=");
	printflags(&xlat_tcp_state_flags, get32(b + 4), "1<<TCP_???");
	tputs(", ");
	print_sockid(b[0], b + 8);
}

static void inet_msg_fields(const unsigned char *b)
{
	tputs(", idiag_state=");
	printxval(&xlat_tcp_states, b[1], "TCP_???");
	tprintf(", idiag_timer=%u, idiag_retrans=%u, ", b[2], b[3]);
	print_sockid(b[0], b + 4);
	tprintf(", idiag_expires=%u, idiag_rqueue=%u, idiag_wqueue=%u, idiag_uid=%u, "
		"idiag_inode=%u", get32(b + 52), get32(b + 56), get32(b + 60),
		get32(b + 64), get32(b + 68));
}

static void unix_req_fields(const unsigned char *b)
{
	tprintf(", sdiag_protocol=%u, udiag_states=", b[1]);
	printflags(&xlat_tcp_state_flags, get32(b + 4), "1<<TCP_???");
	tprintf(", udiag_ino=%u, udiag_show=", get32(b + 8));
	printflags(&xlat_unix_diag_show, get32(b + 12), "UDIAG_SHOW_???");
	tprintf(", udiag_cookie=[%u, %u]", get32(b + 16), get32(b + 20));
}

static void unix_msg_fields(const unsigned char *b)
{
	tputs(", udiag_type=");
	printxval(&xlat_socket_types, b[1], "SOCK_???");
	tputs(", udiag_state=");
	printxval(&xlat_tcp_states, b[2], "TCP_???");
	tprintf(", udiag_ino=%u, udiag_cookie=[%u, %u]", get32(b + 4), get32(b + 8),
		get32(b + 12));
}

static void netlink_req_fields(const unsigned char *b)
{
	tputs(", sdiag_protocol=");
	if (b[1] == NDIAG_PROTO_ALL && !xlat_raw())
		tputs(xlat_verbose() ? "0xff /* NDIAG_PROTO_ALL */" : "NDIAG_PROTO_ALL");
	else
		printxval(&xlat_netlink_protocols, b[1], "NETLINK_???");
	tprintf(", ndiag_ino=%u, ndiag_show=", get32(b + 4));
	printflags(&xlat_netlink_diag_show, get32(b + 8), "NDIAG_SHOW_???");
	tprintf(", ndiag_cookie=[%u, %u]", get32(b + 12), get32(b + 16));
}

static void netlink_msg_fields(const unsigned char *b)
{
	tputs(", ndiag_type=");
	printxval(&xlat_socket_types, b[1], "SOCK_???");
	tputs(", ndiag_protocol=");
	printxval(&xlat_netlink_protocols, b[2], "NETLINK_???");
	tputs(", ndiag_state=");
	printxval(&xlat_tcp_states, b[3], "TCP_???");
	tprintf(", ndiag_portid=%u, ndiag_dst_portid=%u, ndiag_dst_group=%u, ndiag_ino=%u, "
		"ndiag_cookie=[%u, %u]", get32(b + 4), get32(b + 8), get32(b + 12),
		get32(b + 16), get32(b + 20), get32(b + 24));
}

static const struct nl_family_msg inet_req = { INET_REQ_SIZE, "sdiag_family", inet_req_fields,
					  &inet_req_table };
static const struct nl_family_msg inet_msg = { INET_MSG_SIZE, "idiag_family", inet_msg_fields,
					  &inet_table };
static const struct nl_family_msg unix_req = { UNIX_REQ_SIZE, "sdiag_family", unix_req_fields,
					  NULL };
static const struct nl_family_msg unix_msg = { UNIX_MSG_SIZE, "udiag_family", unix_msg_fields,
					  &unix_table };

static const struct nl_family_msg netlink_req = { 20, "sdiag_family", netlink_req_fields, NULL };
static const struct nl_family_msg netlink_msg = { 28, "ndiag_family", netlink_msg_fields,
					     &netlink_table };

/* TCPDIAG_GETSOCK and DCCPDIAG_GETSOCK ask with the older struct inet_diag_req */
static void inet_legacy_req_fields(const unsigned char *b)
{
	tprintf(", idiag_src_len=%u, idiag_dst_len=%u, idiag_ext=", b[1], b[2]);
	printflags(&xlat_inet_diag_ext_flags, b[3], "1<<INET_DIAG_\?\?\?-1");
	tputs(", ");
	print_sockid(b[0], b + 4);
	tputs(", idiag_states=");
	printflags(&xlat_tcp_state_flags, get32(b + 52), "1<<TCP_???");
	tprintf(", idiag_dbs=%u", get32(b + 56));
}

static const struct nl_family_msg inet_legacy_req = { 60, "idiag_family", inet_legacy_req_fields,
						 &inet_req_table };

static const struct nl_family_msg packet_req = { 20, "sdiag_family", packet_req_fields, NULL };
static const struct nl_family_msg packet_msg = { 16, "pdiag_family", packet_msg_fields,
					    &packet_table };

static const struct nl_family_msg *msg_for(unsigned family, int request)
{
	if (family == AF_PACKET)
		return request ? &packet_req : &packet_msg;
	if (family == AF_NETLINK)
		return request ? &netlink_req : &netlink_msg;
	if (family == AF_INET || family == AF_INET6)
		return request ? &inet_req : &inet_msg;
	if (family == AF_UNIX)
		return request ? &unix_req : &unix_msg;
	return NULL;
}

int sockdiag_print_payload(const unsigned char *b, size_t len, struct nlctx *ctx)
{
	const struct nl_family_msg *m;

	if (ctx->type == NLMSG_DONE || ctx->type < NLMSG_MIN_TYPE || len < 1)
		return -1;
	/* a lone family byte prints as one, whatever the family */
	m = len > 1 ? msg_for(b[0], ctx->flags & NLM_F_REQUEST) : NULL;
	if (m == &inet_req && (ctx->type == TCPDIAG_GETSOCK || ctx->type == DCCPDIAG_GETSOCK))
		m = &inet_legacy_req;
	nl_print_family_msg(b, len, m, ctx);
	return 0;
}
