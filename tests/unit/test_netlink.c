/* test_netlink.c: netlink attributes and messages print as strace prints them, bad ones too. */
#include <criterion/criterion.h>
#include <linux/netlink.h>
#include <linux/rtnetlink.h>
#include <stdint.h>
#include <string.h>
#include <sys/socket.h>

#include "decode.h"
#include "netlink.h"
#include "capture.h"

/* -v: the style of a call not cut short */
static const struct call_style unabbreviated = { .abbrev = 0 };

static void setup(void)
{
	capture_setup();
	opt.max_strlen = 32;
	opt.xlat_style = XLAT_ABBREV;
}

static void teardown(void)
{
	print_style_use(NULL);
	capture_teardown();
}

TestSuite(netlink, .init = setup, .fini = teardown);

/* A table of IFLA_* names where type 4 (IFLA_MTU) is a u32 and 3 (IFLA_IFNAME) a string. */
static const struct nla_spec specs[] = {
	[3] = { NK_STR },
	[4] = { NK_U32 },
};
static const struct nla_table table = { &xlat_rtnl_link_attrs, "IFLA_???", specs, 5 };
static const struct nlctx ctx;
static const struct nlctx route = { .proto = NETLINK_ROUTE }, unknown = { .proto = -1 };

/* Appends one attribute (header and value) to b at *off; nla_len is len + 4 unless given. */
static void put_attr(unsigned char *b, size_t *off, unsigned type, const void *v, size_t len,
		     int nla_len)
{
	uint16_t h[2] = { (uint16_t)(nla_len >= 0 ? nla_len : (int)len + 4), (uint16_t)type };

	memcpy(b + *off, h, 4);
	memcpy(b + *off + 4, v, len);
	*off += (4 + len + 3) & ~(size_t)3;
}

Test(netlink, one_attribute_is_not_a_list)
{
	unsigned char b[16];
	size_t n = 0;
	uint32_t mtu = 1500;

	put_attr(b, &n, 4, &mtu, 4, -1);
	nla_print_all(b, n, &table, &ctx);
	cr_expect_str_eq(printed(), "[{nla_len=8, nla_type=IFLA_MTU}, 1500]");
}

Test(netlink, two_attributes_are_a_list)
{
	unsigned char b[32];
	size_t n = 0;
	uint32_t mtu = 1500;

	put_attr(b, &n, 3, "lo", 3, -1);
	put_attr(b, &n, 4, &mtu, 4, -1);
	nla_print_all(b, n, &table, &ctx);
	cr_expect_str_eq(printed(), "[[{nla_len=7, nla_type=IFLA_IFNAME}, \"lo\"], "
			 "[{nla_len=8, nla_type=IFLA_MTU}, 1500]]");
}

Test(netlink, unknown_type_prints_its_bytes)
{
	unsigned char b[16];
	size_t n = 0;

	put_attr(b, &n, 0x7e, "\xde\xad", 2, -1);
	nla_print_all(b, n, &table, &ctx);
	cr_expect_str_eq(printed(), "[{nla_len=6, nla_type=0x7e /* IFLA_??? */}, \"\\xde\\xad\"]");
}

Test(netlink, value_too_short_for_its_kind_prints_its_bytes)
{
	unsigned char b[16];
	size_t n = 0;

	put_attr(b, &n, 4, "\x01\x02", 2, -1);
	nla_print_all(b, n, &table, &ctx);
	cr_expect_str_eq(printed(), "[{nla_len=6, nla_type=IFLA_MTU}, \"\\x01\\x02\"]");
}

Test(netlink, nla_len_below_the_header_ends_the_list)
{
	unsigned char b[32];
	size_t n = 0;
	uint32_t mtu = 9000;

	put_attr(b, &n, 4, &mtu, 4, -1);
	put_attr(b, &n, 4, &mtu, 4, 2);
	put_attr(b, &n, 4, &mtu, 4, -1);
	nla_print_all(b, n, &table, &ctx);
	cr_expect_str_eq(printed(), "[[{nla_len=8, nla_type=IFLA_MTU}, 9000], "
			 "{nla_len=2, nla_type=IFLA_MTU}]");
}

Test(netlink, truncated_attribute_prints_what_is_there)
{
	unsigned char b[32];
	size_t n = 0;
	uint32_t mtu = 9000;

	put_attr(b, &n, 4, &mtu, 4, -1);
	put_attr(b, &n, 3, "abcdef", 6, 40);
	nla_print_all(b, n - 4, &table, &ctx);	/* the name's last bytes are missing */
	cr_expect_str_eq(printed(), "[[{nla_len=8, nla_type=IFLA_MTU}, 9000], "
			 "[{nla_len=40, nla_type=IFLA_IFNAME}, \"abcd\"...]]");
}

Test(netlink, tail_shorter_than_a_header_prints_as_bytes)
{
	unsigned char b[16];
	size_t n = 0;
	uint32_t mtu = 1;

	put_attr(b, &n, 4, &mtu, 4, -1);
	memcpy(b + n, "\x01\x02", 2);
	nla_print_all(b, n + 2, &table, &ctx);
	cr_expect_str_eq(printed(), "[[{nla_len=8, nla_type=IFLA_MTU}, 1], \"\\x01\\x02\"]");
}

Test(netlink, nested_flag_prints_before_the_type)
{
	unsigned char b[16];
	size_t n = 0;
	uint32_t mtu = 1;

	put_attr(b, &n, 4 | NLA_F_NESTED, &mtu, 4, -1);
	nla_print_all(b, n, &table, &ctx);
	cr_expect_str_eq(printed(), "[{nla_len=8, nla_type=NLA_F_NESTED|IFLA_MTU}, 1]");
}

Test(netlink, list_is_cut_after_s_elements_unless_verbose)
{
	unsigned char b[64];
	size_t n = 0;
	uint32_t mtu = 7;

	for (int i = 0; i < 3; i++)
		put_attr(b, &n, 4, &mtu, 4, -1);
	opt.max_strlen = 2;
	nla_print_all(b, n, &table, &ctx);
	cr_expect_str_eq(printed(), "[[{nla_len=8, nla_type=IFLA_MTU}, 7], "
			 "[{nla_len=8, nla_type=IFLA_MTU}, 7], ...]");
	print_style_use(&unabbreviated);
	nla_print_all(b, n, &table, &ctx);
	cr_expect_str_eq(printed(), "[[{nla_len=8, nla_type=IFLA_MTU}, 7], "
			 "[{nla_len=8, nla_type=IFLA_MTU}, 7], [{nla_len=8, nla_type=IFLA_MTU}, 7]]");
}

/* A NETLINK_ROUTE message: header, then payload bytes. */
static size_t put_msg(unsigned char *b, unsigned type, unsigned flags, const void *p,
		      size_t len)
{
	struct nlmsghdr h = { (uint32_t)(NLMSG_HDRLEN + len), (uint16_t)type, (uint16_t)flags, 1, 0 };

	memcpy(b, &h, sizeof(h));
	memcpy(b + NLMSG_HDRLEN, p, len);
	return NLMSG_ALIGN(h.nlmsg_len);
}

Test(netlink, messages_in_one_buffer_are_a_list)
{
	unsigned char b[64];
	int zero = 0;
	size_t n = put_msg(b, RTM_GETADDR, NLM_F_REQUEST | NLM_F_DUMP, "\x02", 1);

	n += put_msg(b + n, NLMSG_DONE, NLM_F_MULTI, &zero, 4);
	nl_print_messages(b, n, &route);
	cr_expect_str_eq(printed(), "[[{nlmsg_len=17, nlmsg_type=RTM_GETADDR, "
			 "nlmsg_flags=NLM_F_REQUEST|NLM_F_DUMP, nlmsg_seq=1, nlmsg_pid=0}, "
			 "{ifa_family=AF_INET, ...}], [{nlmsg_len=20, nlmsg_type=NLMSG_DONE, "
			 "nlmsg_flags=NLM_F_MULTI, nlmsg_seq=1, nlmsg_pid=0}, 0]]");
}

Test(netlink, unknown_protocol_prints_generic_headers)
{
	unsigned char b[32];
	size_t n = put_msg(b, RTM_GETLINK, NLM_F_REQUEST, "\x00\x00\x00\x00", 4);

	nl_print_messages(b, n, &unknown);
	cr_expect_str_eq(printed(), "[{nlmsg_len=20, nlmsg_type=0x12 /* NLMSG_??? */, "
			 "nlmsg_flags=NLM_F_REQUEST, nlmsg_seq=1, nlmsg_pid=0}, "
			 "\"\\x00\\x00\\x00\\x00\"]");
}

Test(netlink, buffer_shorter_than_a_header_prints_as_bytes)
{
	nl_print_messages((const unsigned char *)"\x10\x00\x00", 3, &route);
	cr_expect_str_eq(printed(), "\"\\x10\\x00\\x00\"");
}

Test(netlink, error_with_the_request_it_answers)
{
	unsigned char b[64], req[16];
	int err = -19;
	size_t n;

	put_msg(req, NLMSG_NOOP, NLM_F_REQUEST, "", 0);
	memcpy(b + NLMSG_HDRLEN, &err, 4);
	memcpy(b + NLMSG_HDRLEN + 4, req, 16);
	n = put_msg(b, NLMSG_ERROR, 0, b + NLMSG_HDRLEN, 20);
	nl_print_messages(b, n, &route);
	cr_expect_str_eq(printed(), "[{nlmsg_len=36, nlmsg_type=NLMSG_ERROR, nlmsg_flags=0, "
			 "nlmsg_seq=1, nlmsg_pid=0}, {error=-ENODEV, msg={nlmsg_len=16, "
			 "nlmsg_type=NLMSG_NOOP, nlmsg_flags=NLM_F_REQUEST, nlmsg_seq=1, "
			 "nlmsg_pid=0}}]");
}

/* nlctrl: {cmd, version}, then CTRL_ATTR_* (strace 7.2's spelling, checked against it). */
Test(netlink, nlctrl_request_names_its_command_and_attributes)
{
	unsigned char b[32] = { 3, 1, 0, 0 };	/* CTRL_CMD_GETFAMILY, version 1 */
	size_t n = 4;
	struct nlctx c = { 0 };

	put_attr(b, &n, 2, "nlctrl", 7, -1);	/* CTRL_ATTR_FAMILY_NAME */
	cr_assert_eq(genl_ctrl_print_payload(b, n, &c), 0);
	cr_expect_str_eq(printed(), "{cmd=CTRL_CMD_GETFAMILY, version=1}, "
			 "[{nla_len=11, nla_type=CTRL_ATTR_FAMILY_NAME}, \"nlctrl\"]");
}

/* The operations are nested attributes numbered by position, each with its own attributes. */
Test(netlink, nlctrl_operations_are_numbered_nested_attributes)
{
	unsigned char op[16], ops[64], b[96] = { 1, 2, 0, 0 };	/* CTRL_CMD_NEWFAMILY, 2 */
	size_t n_op = 0, n_ops = 0, n = 4;
	uint16_t id = 0x10;
	uint32_t cmd = 3, flags = 0xe;
	struct nlctx c = { 0 };

	put_attr(b, &n, 1, &id, 2, -1);		/* CTRL_ATTR_FAMILY_ID */
	put_attr(op, &n_op, 1, &cmd, 4, -1);	/* CTRL_ATTR_OP_ID */
	put_attr(op, &n_op, 2, &flags, 4, -1);	/* CTRL_ATTR_OP_FLAGS */
	put_attr(ops, &n_ops, 1, op, n_op, -1);
	put_attr(b, &n, 6, ops, n_ops, -1);	/* CTRL_ATTR_OPS */
	cr_assert_eq(genl_ctrl_print_payload(b, n, &c), 0);
	cr_expect_str_eq(printed(), "{cmd=CTRL_CMD_NEWFAMILY, version=2}, "
			 "[[{nla_len=6, nla_type=CTRL_ATTR_FAMILY_ID}, 0x10], "
			 "[{nla_len=24, nla_type=CTRL_ATTR_OPS}, "
			 "[{nla_len=20, nla_type=0x1}, "
			 "[[{nla_len=8, nla_type=CTRL_ATTR_OP_ID}, CTRL_CMD_GETFAMILY], "
			 "[{nla_len=8, nla_type=CTRL_ATTR_OP_FLAGS}, "
			 "GENL_CMD_CAP_DO|GENL_CMD_CAP_DUMP|GENL_CMD_CAP_HASPOL]]]]]");
}

/* The family named before the operations names their ids; ethtool's differ by direction. */
static void family_op(const char *family, int recv, const char *want)
{
	unsigned char op[16], ops[32], b[96] = { 1, 2, 0, 0 };	/* CTRL_CMD_NEWFAMILY, 2 */
	size_t n_op = 0, n_ops = 0, n = 4;
	uint32_t cmd = 1;
	struct nlctx c = { .recv = recv };
	char full[512];

	put_attr(b, &n, 2, family, strlen(family) + 1, -1);	/* CTRL_ATTR_FAMILY_NAME */
	put_attr(op, &n_op, 1, &cmd, 4, -1);			/* CTRL_ATTR_OP_ID */
	put_attr(ops, &n_ops, 1, op, n_op, -1);
	put_attr(b, &n, 6, ops, n_ops, -1);			/* CTRL_ATTR_OPS */
	cr_assert_eq(genl_ctrl_print_payload(b, n, &c), 0);
	snprintf(full, sizeof(full), "{cmd=CTRL_CMD_NEWFAMILY, version=2}, "
		 "[[{nla_len=%zu, nla_type=CTRL_ATTR_FAMILY_NAME}, \"%s\"], "
		 "[{nla_len=16, nla_type=CTRL_ATTR_OPS}, [{nla_len=12, nla_type=0x1}, "
		 "[{nla_len=8, nla_type=CTRL_ATTR_OP_ID}, %s]]]]", strlen(family) + 5, family, want);
	cr_expect_str_eq(printed(), full);
}

Test(netlink, nlctrl_operations_are_the_described_familys_commands)
{
	family_op("thermal", 0, "THERMAL_GENL_CMD_TZ_GET_ID");
	family_op("mptcp_pm", 1, "MPTCP_PM_CMD_ADD_ADDR");
	family_op("ethtool", 0, "ETHTOOL_MSG_STRSET_GET");
	family_op("ethtool", 1, "ETHTOOL_MSG_STRSET_GET_REPLY");
	family_op("wireguard", 0, "CTRL_CMD_NEWFAMILY");
}

/* A payload shorter than the genetlink header is left to the caller (hex bytes). */
Test(netlink, nlctrl_without_its_header_is_not_decoded)
{
	struct nlctx c = { 0 };

	cr_expect_eq(genl_ctrl_print_payload((const unsigned char *)"\x03\x01", 2, &c), -1);
	cr_expect_str_eq(printed(), "");
}

/* RTM_NEWNEIGHTBL: struct ndtmsg is the family alone; ndt_config's hash mask six hex
 * digits wide; NDTA_PARMS nested (the spelling of strace 7.2 and 6.1, checked with both). */
Test(netlink, neightbl_config_and_parameters)
{
	unsigned char b[128] = { AF_INET, 0, 0, 0 }, parms[16];
	uint32_t config[8] = { 336u << 16 | 4, 2, 100, 200, 300, 7, 0, 0 };
	uint64_t reachable = 30000;
	size_t n = 4, n_parms = 0;
	struct nlctx c = { .proto = NETLINK_ROUTE, .type = RTM_NEWNEIGHTBL };

	put_attr(b, &n, 1, "arp_cache", 10, -1);		/* NDTA_NAME */
	put_attr(b, &n, 5, config, sizeof(config), -1);		/* NDTA_CONFIG */
	put_attr(parms, &n_parms, 3, &reachable, 8, -1);	/* NDTPA_REACHABLE_TIME */
	put_attr(b, &n, 6, parms, n_parms, -1);			/* NDTA_PARMS */
	cr_assert_eq(rtnl_print_payload(b, n, &c), 0);
	cr_expect_str_eq(printed(), "{ndtm_family=AF_INET}, "
			 "[[{nla_len=14, nla_type=NDTA_NAME}, \"arp_cache\"], "
			 "[{nla_len=36, nla_type=NDTA_CONFIG}, {ndtc_key_len=4, ndtc_entry_size=336, "
			 "ndtc_entries=2, ndtc_last_flush=100, ndtc_last_rand=200, "
			 "ndtc_hash_rnd=300, ndtc_hash_mask=0x000007, ndtc_hash_chain_gc=0, "
			 "ndtc_proxy_qlen=0}], "
			 "[{nla_len=16, nla_type=NDTA_PARMS}, "
			 "[{nla_len=12, nla_type=NDTPA_REACHABLE_TIME}, 30000]]]");
}
