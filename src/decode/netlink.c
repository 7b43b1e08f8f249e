/*
 * netlink.c: what goes through a netlink socket, as strace prints it: the messages of a
 * buffer, each header, NLMSG_ERROR and NLMSG_DONE; the payloads of NETLINK_ROUTE and
 * NETLINK_SOCK_DIAG messages are printed by rtnl.c and sockdiag.c, nlctrl's (the generic
 * netlink family that lists the others) here.
 *
 * strace 6.1 learns a socket's netlink protocol by asking the kernel about the socket's
 * inode, where only bound sockets are listed; strc reads the same list through fdinfo.c
 * (/proc/PID/net/netlink, the tracee's namespace, as -yy does), so a socket not yet bound
 * prints with generic headers in both.
 */
#include <linux/genetlink.h>
#include <linux/netlink.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

#include "decode.h"
#include "fdinfo.h"
#include "net.h"
#include "netlink.h"

#define PAYLOAD_MAX (1u << 20)	/* bytes read from the tracee for one buffer */

/*
 * NETLINK_GENERIC types are family ids the kernel hands out at run time: strace asks the
 * kernel for the list once (CTRL_CMD_GETFAMILY, a dump) and names the ids by it.
 */
#define GENL_MAX 128

static struct xlat_entry genl_names[GENL_MAX];
static char genl_text[GENL_MAX][GENL_NAMSIZ];
static struct xlat genl_xlat = { genl_names, 0, "genl_families", NULL };

static void genl_add(const unsigned char *a, size_t len)
{
	unsigned id = 0;
	const char *name = NULL;

	while (len >= NLA_HDRLEN) {
		unsigned alen = get16(a), atype = get16(a + 2) & NLA_TYPE_MASK;

		if (alen < NLA_HDRLEN || alen > len)
			break;
		if (atype == CTRL_ATTR_FAMILY_ID && alen >= NLA_HDRLEN + 2)
			id = get16(a + NLA_HDRLEN);
		else if (atype == CTRL_ATTR_FAMILY_NAME && alen > NLA_HDRLEN &&
			 memchr(a + NLA_HDRLEN, 0, alen - NLA_HDRLEN))
			name = (const char *)a + NLA_HDRLEN;
		alen = NLA_ALIGN(alen);
		if (alen >= len)
			break;
		a += alen;
		len -= alen;
	}
	if (!id || !name || genl_xlat.n >= GENL_MAX)
		return;
	snprintf(genl_text[genl_xlat.n], GENL_NAMSIZ, "%s", name);
	genl_names[genl_xlat.n].val = id;
	genl_names[genl_xlat.n].name = genl_text[genl_xlat.n];
	genl_xlat.n++;
}

/* Reads one dump reply buffer; 1 when the dump goes on. */
static int genl_read(int fd)
{
	static unsigned char buf[32768];
	ssize_t n = recv(fd, buf, sizeof(buf), 0);
	size_t off = 0;

	if (n <= 0)
		return 0;
	while (off + NLMSG_HDRLEN <= (size_t)n) {
		unsigned len = get32(buf + off), type = get16(buf + off + 4);

		if (len < NLMSG_HDRLEN || off + len > (size_t)n || type == NLMSG_DONE ||
		    type == NLMSG_ERROR)
			return 0;
		if (len > NLMSG_HDRLEN + GENL_HDRLEN)
			genl_add(buf + off + NLMSG_HDRLEN + GENL_HDRLEN,
				 len - NLMSG_HDRLEN - GENL_HDRLEN);
		off += NLMSG_ALIGN(len);
	}
	return 1;
}

static const struct xlat *genl_families(void)
{
	static int asked;
	struct {
		struct nlmsghdr h;
		struct genlmsghdr g;
	} req = {
		{ sizeof(req), GENL_ID_CTRL, NLM_F_REQUEST | NLM_F_DUMP, 1, 0 },
		{ CTRL_CMD_GETFAMILY, 1, 0 },
	};
	int fd;

	if (asked)
		return &genl_xlat;
	asked = 1;
	fd = socket(AF_NETLINK, SOCK_RAW | SOCK_CLOEXEC, NETLINK_GENERIC);
	if (fd < 0)
		return &genl_xlat;
	if (send(fd, &req, sizeof(req), 0) == (ssize_t)sizeof(req))
		while (genl_read(fd))
			;
	close(fd);
	return &genl_xlat;
}

static void print_genl_type(unsigned type)
{
	if (type == GENL_ID_CTRL && !xlat_name(genl_families(), type)) {
		printxval(&xlat_nlmsg_types_genl, type, "GENERIC_FAMILY_???");
		return;
	}
	if (xlat_name(genl_families(), type))
		printxval(genl_families(), type, "GENERIC_FAMILY_???");
	else
		printxval(&xlat_nlmsg_types_genl, type, "GENERIC_FAMILY_???");
}

static void print_type(unsigned type, int proto)
{
	if (type < NLMSG_MIN_TYPE)
		printxval(&xlat_nlmsg_types, type, "NLMSG_???");
	else if (proto == NETLINK_GENERIC)
		print_genl_type(type);
	else if (proto == NETLINK_AUDIT)
		printxval(&xlat_nlmsg_types_audit, type, "AUDIT_???");
	else if (proto == NETLINK_XFRM)
		printxval(&xlat_nlmsg_types_xfrm, type, "XFRM_MSG_???");
	else if (proto == NETLINK_SELINUX)
		printxval(&xlat_nlmsg_types_selinux, type, "SELNL_MSG_???");
	else if (proto == NETLINK_ROUTE)
		printxval(&xlat_nlmsg_types_route, type, "RTM_???");
	else if (proto == NETLINK_SOCK_DIAG)
		printxval(&xlat_nlmsg_types_sock_diag, type, "SOCK_DIAG_???");
	else
		printxval(&xlat_nlmsg_types, type, "NLMSG_???");
}

/* XFRM requests get the flags of what their name says they do. */
static const struct xlat *xfrm_flags_xlat(unsigned type)
{
	const char *name = xlat_name(&xlat_nlmsg_types_xfrm, type);

	if (!name)
		return &xlat_nlmsg_flags;
	if (!strncmp(name, "XFRM_MSG_GET", 12))
		return &xlat_nlmsg_flags_get;
	if (!strncmp(name, "XFRM_MSG_NEW", 12) || !strncmp(name, "XFRM_MSG_UPD", 12))
		return &xlat_nlmsg_flags_new;
	if (!strncmp(name, "XFRM_MSG_DEL", 12))
		return &xlat_nlmsg_flags_del;
	return &xlat_nlmsg_flags;
}

static const struct xlat *flags_xlat(unsigned type, int proto)
{
	if (type == NLMSG_ERROR)
		return &xlat_nlmsg_flags_ack;
	if (type < NLMSG_MIN_TYPE)
		return &xlat_nlmsg_flags;
	if (proto == NETLINK_ROUTE)
		return rtnl_flags_xlat(type);
	if (proto == NETLINK_SOCK_DIAG)
		return &xlat_nlmsg_flags_get;
	if (proto == NETLINK_XFRM)
		return xfrm_flags_xlat(type);
	if (proto == NETLINK_GENERIC)	/* strace 7.2 reads every generic request as a get */
		return &xlat_nlmsg_flags_get;
	return &xlat_nlmsg_flags;
}

void nl_print_header(const unsigned char *b, int proto)
{
	unsigned type = get16(b + 4);

	tprintf("{nlmsg_len=%u, nlmsg_type=", get32(b));
	print_type(type, proto);
	tputs(", nlmsg_flags=");
	printflags(flags_xlat(type, proto), get16(b + 6), "NLM_F_???");
	tprintf(", nlmsg_seq=%u, nlmsg_pid=%d}", get32(b + 8), (int)get32(b + 12));
}

static void print_message(const unsigned char *b, size_t len, const struct nlctx *where);

static const struct nla_spec ack_attrs[] = {
	[NLMSGERR_ATTR_MSG] = { NK_STR },
	[NLMSGERR_ATTR_OFFS] = { NK_U32 },
};
static const struct nla_table ack_table = {
	&xlat_nlmsgerr_attrs, "NLMSGERR_ATTR_???", ack_attrs,
	sizeof(ack_attrs) / sizeof(ack_attrs[0]),
};

/*
 * {error=-EINVAL, msg=...}: the error, then the request it answers (its header only when
 * the kernel capped it). Extended ack attributes after it make the whole a list:
 * [{error=..., msg=...}, [attributes]].
 */
static void print_error(const unsigned char *b, size_t len, unsigned flags,
			const struct nlctx *where)
{
	size_t mlen = 0;
	int err;

	if (len < 4) {
		nl_print_hex(b, len);
		return;
	}
	memcpy(&err, b, sizeof(err));
	b += 4;
	len -= 4;
	if (len >= NLMSG_HDRLEN) {
		mlen = (flags & NLM_F_CAPPED) ? NLMSG_HDRLEN : get32(b);
		if (mlen > len)
			mlen = len;
	}
	if (mlen && len > mlen)
		tputc('[');
	tputs("{error=");
	if (err >= 0 || !errno_name(-err) || xlat_raw())
		tprintf("%d", err);
	else if (xlat_verbose())
		tprintf("%d /* -%s */", err, errno_name(-err));
	else
		tprintf("-%s", errno_name(-err));
	if (len) {
		tputs(", msg=");
		if (mlen)
			print_message(b, mlen, where);
		else
			nl_print_hex(b, len);
	}
	tputc('}');
	if (mlen && len > mlen) {
		struct nlctx ctx = *where;

		tputs(", ");
		nla_print_all(b + mlen, len - mlen, &ack_table, &ctx);
		tputc(']');
	}
}

/*
 * nlctrl, the generic netlink family that lists the others: its header {cmd, version},
 * then CTRL_ATTR_* attributes; the operations and multicast groups are arrays of nested
 * attributes whose types are their positions, printed as bare numbers.
 *
 * An operation's id is a command of the family being described: strace names it from
 * the commands of the last family the message named before the operations among those it
 * knows (xlat/genl_families_known.list), else as nlctrl's own. ethtool
 * numbers what the kernel sends apart from what it is sent, so a received message has
 * its own names.
 */
static const struct xlat positions = { NULL, 0, "positions", NULL };

/* The commands of the family called name (NUL-terminated), for a message sent or received. */
static const struct xlat *family_cmds(const char *name, int recv)
{
	const struct xlat *known = &xlat_genl_families_known;
	char sent[64], rcvd[64];

	for (unsigned i = 0; i < known->n; i++) {
		int n;

		if (strcmp(known->e[i].name, name) || !known->e[i].text)
			continue;
		n = sscanf(known->e[i].text, "%63s %63s", sent, rcvd);
		return xlat_by_name(recv && n == 2 ? rcvd : sent);
	}
	return NULL;
}

static int print_family_name(const unsigned char *b, size_t len, const struct nlctx *ctx)
{
	nl_print_strz(b, len);
	/* a family strace does not know leaves the names of the one before it */
	if (ctx->genl_cmds && len && memchr(b, 0, len)) {
		const struct xlat *x = family_cmds((const char *)b, ctx->recv);

		if (x)
			*ctx->genl_cmds = x;
	}
	return 0;
}

/* One value in the attribute's own width (1, 2 or 4 bytes), as NK_XVAL reads it. */
static int print_op_id(const unsigned char *b, size_t len, const struct nlctx *ctx)
{
	const struct xlat *x = ctx->genl_cmds && *ctx->genl_cmds ? *ctx->genl_cmds :
			       &xlat_genl_ctrl_cmds;
	uint32_t v;

	if (len == 0)
		return -1;
	v = len == 1 ? b[0] : len < 4 ? get16(b) : get32(b);
	printxval(x, v, NULL);
	return 0;
}

static const struct nla_spec ctrl_op_attrs[] = {
	[CTRL_ATTR_OP_ID] = { NK_FN, .fn = print_op_id },
	[CTRL_ATTR_OP_FLAGS] = { NK_FLAGS, &xlat_genl_op_flags, "GENL_???" },
};
static const struct nla_table ctrl_op_table = {
	&xlat_genl_ctrl_op_attrs, "CTRL_ATTR_OP_???", ctrl_op_attrs,
	sizeof(ctrl_op_attrs) / sizeof(ctrl_op_attrs[0]), NULL,
};
static const struct nla_spec ctrl_op = { NK_NESTED, .nested = &ctrl_op_table };
static const struct nla_table ctrl_ops_table = { &positions, NULL, NULL, 0, &ctrl_op };

static const struct nla_spec ctrl_mcast_attrs[] = {
	[CTRL_ATTR_MCAST_GRP_NAME] = { NK_STRZ },
	[CTRL_ATTR_MCAST_GRP_ID] = { NK_X32 },
};
static const struct nla_table ctrl_mcast_table = {
	&xlat_genl_ctrl_mcast_attrs, "CTRL_ATTR_MCAST_GRP_???", ctrl_mcast_attrs,
	sizeof(ctrl_mcast_attrs) / sizeof(ctrl_mcast_attrs[0]), NULL,
};
static const struct nla_spec ctrl_mcast = { NK_NESTED, .nested = &ctrl_mcast_table };
static const struct nla_table ctrl_mcasts_table = { &positions, NULL, NULL, 0, &ctrl_mcast };

/*
 * CTRL_CMD_GETPOLICY's answers: CTRL_ATTR_OP_POLICY, by operation, the policies it uses;
 * CTRL_ATTR_POLICY, by policy then attribute, what each attribute may hold.
 */
static const struct nla_spec op_policy_attrs[] = {
	[CTRL_ATTR_POLICY_DO] = { NK_U32 },
	[CTRL_ATTR_POLICY_DUMP] = { NK_U32 },
};
static const struct nla_table op_policy_table = {
	&xlat_genl_ctrl_policy_attrs, "CTRL_ATTR_POLICY_???", op_policy_attrs,
	sizeof(op_policy_attrs) / sizeof(op_policy_attrs[0]), NULL,
};
static const struct nla_spec op_policy = { NK_NESTED, .nested = &op_policy_table };
static const struct nla_table op_policies_table = { &positions, NULL, NULL, 0, &op_policy };

static const struct nla_spec policy_type_attrs[] = {
	[NL_POLICY_TYPE_ATTR_TYPE] = { NK_XVAL, &xlat_nl_attr_types, "NL_ATTR_TYPE_???" },
	[NL_POLICY_TYPE_ATTR_MIN_VALUE_S] = { NK_S64 },
	[NL_POLICY_TYPE_ATTR_MAX_VALUE_S] = { NK_S64 },
	[NL_POLICY_TYPE_ATTR_MIN_VALUE_U] = { NK_U64 },
	[NL_POLICY_TYPE_ATTR_MAX_VALUE_U] = { NK_U64 },
	[NL_POLICY_TYPE_ATTR_MIN_LENGTH] = { NK_U32 },
	[NL_POLICY_TYPE_ATTR_MAX_LENGTH] = { NK_U32 },
	[NL_POLICY_TYPE_ATTR_POLICY_IDX] = { NK_X32 },
	[NL_POLICY_TYPE_ATTR_POLICY_MAXTYPE] = { NK_X32 },
	[NL_POLICY_TYPE_ATTR_BITFIELD32_MASK] = { NK_X32 },
	[NL_POLICY_TYPE_ATTR_MASK] = { NK_X64 },
};
static const struct nla_table policy_type_table = {
	&xlat_nl_policy_type_attrs, "NL_POLICY_TYPE_ATTR_???", policy_type_attrs,
	sizeof(policy_type_attrs) / sizeof(policy_type_attrs[0]), NULL,
};
static const struct nla_spec policy_type = { NK_NESTED, .nested = &policy_type_table };
static const struct nla_table policy_attrs_table = { &positions, NULL, NULL, 0, &policy_type };
static const struct nla_spec policy_attrs = { NK_NESTED, .nested = &policy_attrs_table };
static const struct nla_table policies_table = { &positions, NULL, NULL, 0, &policy_attrs };

static int print_family_id(const unsigned char *b, size_t len, const struct nlctx *ctx)
{
	(void)ctx;
	if (len < 2)
		return -1;
	printnum_hex(get16(b));
	return 0;
}

static const struct nla_spec ctrl_attrs[] = {
	[CTRL_ATTR_FAMILY_ID] = { NK_FN, .fn = print_family_id },
	[CTRL_ATTR_FAMILY_NAME] = { NK_FN, .fn = print_family_name },
	[CTRL_ATTR_VERSION] = { NK_U32 },
	[CTRL_ATTR_HDRSIZE] = { NK_U32 },
	[CTRL_ATTR_MAXATTR] = { NK_U32 },
	[CTRL_ATTR_OPS] = { NK_NESTED, .nested = &ctrl_ops_table },
	[CTRL_ATTR_MCAST_GROUPS] = { NK_NESTED, .nested = &ctrl_mcasts_table },
	[CTRL_ATTR_POLICY] = { NK_NESTED, .nested = &policies_table },
	[CTRL_ATTR_OP_POLICY] = { NK_NESTED, .nested = &op_policies_table },
};
static const struct nla_table ctrl_table = {
	&xlat_genl_ctrl_attrs, "CTRL_ATTR_???", ctrl_attrs,
	sizeof(ctrl_attrs) / sizeof(ctrl_attrs[0]), NULL,
};

int genl_ctrl_print_payload(const unsigned char *b, size_t len, struct nlctx *ctx)
{
	const struct xlat *cmds = &xlat_genl_ctrl_cmds;

	if (len < GENL_HDRLEN)
		return -1;
	tputs("{cmd=");
	printxval(&xlat_genl_ctrl_cmds, b[0], "CTRL_CMD_???");
	tprintf(", version=%u}", b[1]);
	if (len > GENL_HDRLEN) {
		ctx->genl_cmds = &cmds;
		tputs(", ");
		nla_print_all(b + GENL_HDRLEN, len - GENL_HDRLEN, &ctrl_table, ctx);
		ctx->genl_cmds = NULL;
	}
	return 0;
}

/* Another generic family's message: its header, then attributes strace has no names for. */
static const struct nla_table genl_other_table = { &positions, NULL, NULL, 0, NULL };

static int genl_print_payload(const unsigned char *b, size_t len, struct nlctx *ctx)
{
	if (len < GENL_HDRLEN)
		return -1;
	tputs("{cmd=");
	printnum_hex(b[0]);
	tprintf(", version=%u}", b[1]);
	if (len > GENL_HDRLEN) {
		tputs(", ");
		nla_print_all(b + GENL_HDRLEN, len - GENL_HDRLEN, &genl_other_table, ctx);
	}
	return 0;
}

static void print_payload(const unsigned char *b, size_t len, unsigned type, unsigned flags,
			  const struct nlctx *where)
{
	struct nlctx ctx = *where;
	int proto = where->proto;

	ctx.type = type;
	ctx.flags = flags;

	if (type == NLMSG_ERROR) {
		print_error(b, len, flags, where);
		return;
	}
	if (proto == NETLINK_ROUTE && rtnl_print_payload(b, len, &ctx) == 0)
		return;
	if (proto == NETLINK_SOCK_DIAG && sockdiag_print_payload(b, len, &ctx) == 0)
		return;
	if (proto == NETLINK_GENERIC && type == GENL_ID_CTRL &&
	    genl_ctrl_print_payload(b, len, &ctx) == 0)
		return;
	if (proto == NETLINK_GENERIC && type >= NLMSG_MIN_TYPE &&
	    genl_print_payload(b, len, &ctx) == 0)
		return;
	if (type == NLMSG_DONE && len == 4) {
		tprintf("%d", (int)get32(b));
		return;
	}
	nl_print_hex(b, len);
}

/* One message of len bytes (its nlmsg_len or what is left, the smaller; at least a header). */
static void print_message(const unsigned char *b, size_t len, const struct nlctx *where)
{
	if (len > NLMSG_HDRLEN)
		tputc('[');
	nl_print_header(b, where->proto);
	if (len <= NLMSG_HDRLEN)
		return;
	tputs(", ");
	print_payload(b + NLMSG_HDRLEN, len - NLMSG_HDRLEN, get16(b + 4), get16(b + 6), where);
	tputc(']');
}

void nl_print_messages(const unsigned char *b, size_t len, const struct nlctx *where)
{
	int list = 0;

	for (unsigned elt = 0;; elt++) {
		size_t mlen, step;

		if (len < NLMSG_HDRLEN) {
			nl_print_hex(b, len);
			break;
		}
		if (nl_abbrev() && elt == (unsigned)opt.max_strlen) {
			tputs("...");
			break;
		}
		mlen = get32(b);
		step = NLMSG_ALIGN(mlen);
		if (mlen >= NLMSG_HDRLEN && len > step && !list) {
			tputc('[');
			list = 1;
		}
		print_message(b, mlen < len ? mlen : len, where);
		if (mlen < NLMSG_HDRLEN || len <= step)
			break;
		tputs(", ");
		b += step;
		len -= step;
	}
	if (list)
		tputc(']');
}

void print_sock_payload(struct tracee *t, int fd, uint64_t addr, uint64_t len)
{
	unsigned char *b;
	char name[32];
	struct nlctx where = { 0 };

	/* outside -e verbose= strace shows the bytes as any other buffer */
	if (!addr || t->style.terse || fd_socket_protocol(t->pid, fd, name, sizeof(name)) < 0 ||
	    strcmp(name, "NETLINK") != 0) {
		printstr_n(t, addr, len);
		return;
	}
	if (len > PAYLOAD_MAX)
		len = PAYLOAD_MAX;
	b = malloc(len ? len : 1);
	if (!b)
		die("out of memory");
	if (umoven_data(t, addr, len, b) < 0) {
		printaddr(addr);
	} else {
		where.proto = fd_netlink_protocol(t->pid, fd);
		where.recv = !!(t->se->flags & SF_READS);
		where.base = b;
		where.addr = addr;
		/* uevents are text (strace shows them as a string) */
		if (where.proto == NETLINK_KOBJECT_UEVENT)
			printstr_n(t, addr, len);
		else
			nl_print_messages(b, len, &where);
	}
	free(b);
}
