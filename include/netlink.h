/*
 * netlink.h: the netlink printers' shared parts (src/decode/netlink.c, nlattr.c, rtnl.c,
 * sockdiag.c). Messages are read from the tracee once and printed from a local copy, so
 * every printer here works on bytes in strc's memory and can be unit-tested without a
 * tracee.
 */
#ifndef STRC_NETLINK_H
#define STRC_NETLINK_H

#include <stddef.h>
#include <stdint.h>

#include "sysent.h"

/* What a printer knows about the message its bytes came from. */
struct nlctx {
	int proto;		/* NETLINK_ROUTE, NETLINK_SOCK_DIAG, ... */
	unsigned type;		/* nlmsg_type */
	unsigned flags;		/* nlmsg_flags */
	unsigned family;	/* the payload's address family, for attributes holding addresses */
	int recv;		/* the tracee receives the bytes (recvmsg, ...): the kernel wrote them */
	const unsigned char *base;	/* the local copy of the tracee's buffer at addr: */
	uint64_t addr;		/* where a value is in the tracee (strace prints some so) */
	/* nlctrl: where the commands of the family a message describes are kept while its
	 * attributes print (CTRL_ATTR_FAMILY_NAME sets them, CTRL_ATTR_OP_ID reads them) */
	const struct xlat **genl_cmds;
	/* IFLA_LINKINFO: the kinds its IFLA_INFO_KIND and IFLA_INFO_SLAVE_KIND named, which
	 * say what IFLA_INFO_DATA and IFLA_INFO_SLAVE_DATA hold */
	struct nl_linkinfo *linkinfo;
};

struct nl_linkinfo {
	const char *kind;
	const char *slave_kind;
};

/*
 * How one attribute's value prints. A value the kind cannot print (too short) prints as
 * hex bytes, as do the types a table does not list.
 */
enum nla_kind {
	NK_NONE,	/* hex bytes */
	NK_U8, NK_U16, NK_U32, NK_U64,
	NK_S32, NK_S64,
	NK_X32, NK_X64,	/* 0x... */
	NK_STR,		/* a string: what -s shows of it but its closing NUL (a NUL inside
			 * shows as \0), "..." when it has none, as strace 7.2 */
	NK_STRZ,	/* the same, cut at -s by the whole length */
	NK_HWADDR,	/* 00:11:22:... */
	NK_IFINDEX,	/* if_nametoindex("lo") */
	NK_INADDR,	/* inet_addr("...") or inet_pton(AF_INET6, "...") by ctx->family */
	NK_XVAL,	/* one value of xlat x (u8, u16 or u32 by the length) */
	NK_XVAL8,	/* one value of xlat x in a u8 */
	NK_FLAGS,	/* u32 flags of xlat x */
	NK_NESTED,	/* attributes of table nested */
	NK_FN,		/* fn prints it; returns -1 when it cannot */
	NK_U32_ARRAY,	/* [[NAME]=N, ...] of xlat x, s32 values */
	NK_U64_ARRAY,	/* [[NAME]=N, ...] of xlat x, u64 values */
};

struct nla_table;

struct nla_spec {
	unsigned char kind;
	const struct xlat *x;
	const char *dflt;
	const struct nla_table *nested;
	int (*fn)(const unsigned char *b, size_t len, const struct nlctx *ctx);
};

/* The attributes of one context: their names, and how each type's value prints. */
struct nla_table {
	const struct xlat *names;
	const char *dflt;		/* "IFLA_???" */
	const struct nla_spec *spec;	/* indexed by type, n of them */
	unsigned n;
	const struct nla_spec *every;	/* not NULL: how every type prints (the types of
					 * an array of nested attributes are positions) */
};

/* A message of one family: a struct opening with the family byte, then attributes. */
struct nl_family_msg {
	size_t size;			/* of the struct the attributes follow */
	const char *family_field;	/* "ifi_family" */
	void (*fields)(const unsigned char *b);	/* the fields after the family */
	const struct nla_table *attrs;	/* NULL: none follow */
};

/* src/decode/nlattr.c */
/* {FAMILY=AF_..., fields...}, then the attributes; m NULL: {family=..., data=...} */
void nl_print_family_msg(const unsigned char *b, size_t len, const struct nl_family_msg *m,
			 struct nlctx *ctx);
/* [{nla_len=N, nla_type=...}, value] or a list of them; at most -s of them unless -v */
void nla_print_all(const unsigned char *b, size_t len, const struct nla_table *tab,
		   const struct nlctx *ctx);
/* len bytes as a string of \x escapes, cut at -s */
void nl_print_hex(const unsigned char *b, size_t len);
/* 00:11:22:...: a hardware address (its bytes too under -X raw and -X verbose) */
void nl_print_hwaddr(const unsigned char *b, size_t len);
/* a string of len bytes cut at -s, its closing NUL left out ("..." when it has none) */
void nl_print_str(const unsigned char *b, size_t len);
/* the same, cut at -s by the attribute's length, the NUL included */
void nl_print_strz(const unsigned char *b, size_t len);
/* inet_addr("...") / inet_pton(AF_INET6, "...") for family's address at b; -1 if short */
int nl_print_inaddr(unsigned family, const unsigned char *b, size_t len);
int nl_abbrev(void);	/* -s cuts lists of messages, attributes and arrays: not under -v */
/* {name=N, ...}: count fields of width bytes (8 or 4) named by names, from b */
void nl_print_u64_fields(const unsigned char *b, const char *const *names, unsigned count,
			 unsigned width);

/* src/decode/netlink.c */
/* The messages in b as strace prints them; where: the socket's protocol, whether the tracee
 * received them (a few names differ by who sent the message), where b is in the tracee. */
void nl_print_messages(const unsigned char *b, size_t len, const struct nlctx *where);
/* The tracee's address of the local bytes at p (0 when the printer was given none). */
uint64_t nl_tracee_addr(const struct nlctx *ctx, const unsigned char *p);
/* One message's header. */
void nl_print_header(const unsigned char *b, int proto);

/* src/decode/rtnl.c, sockdiag.c: a payload; -1 when the family's printer has none */
int rtnl_print_payload(const unsigned char *b, size_t len, struct nlctx *ctx);
int sockdiag_print_payload(const unsigned char *b, size_t len, struct nlctx *ctx);
/* src/decode/netlink.c: a nlctrl (GENL_ID_CTRL) payload; -1 when it has no header */
int genl_ctrl_print_payload(const unsigned char *b, size_t len, struct nlctx *ctx);
/* flags of a NETLINK_ROUTE or NETLINK_SOCK_DIAG message: the set for its type */
const struct xlat *rtnl_flags_xlat(unsigned type);

#endif
