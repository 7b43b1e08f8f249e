/*
 * nlattr.c: netlink attributes (struct nlattr and its value) as strace prints them, and the
 * small value printers the netlink families share. Which kind of value each attribute type
 * holds is a table (struct nla_table) owned by the family's printer.
 */
#include <arpa/inet.h>
#include <linux/netlink.h>
#include <sys/socket.h>
#include <stdio.h>
#include <string.h>

#include "decode.h"
#include "net.h"
#include "netlink.h"

#define NLA_HDR 4
#define NLA_TYPE_NESTED 0x8000
#define NLA_TYPE_BYTEORDER 0x4000

int nl_abbrev(void)
{
	return style_abbrev();
}

/* strace cuts a netlink byte string at -s like any other buffer. */
void nl_print_hex(const unsigned char *b, size_t len)
{
	size_t n = len < (size_t)opt.max_strlen ? len : (size_t)opt.max_strlen;

	print_quoted(b, n, QUOTE_FORCE_HEX | (len > n ? QUOTE_ELLIPSIS : 0));
}

void nl_print_str(const unsigned char *b, size_t len)
{
	size_t n = len < (size_t)opt.max_strlen ? len : (size_t)opt.max_strlen;

	/*
	 * The bytes shown (all of them, NULs inside too) end with the NUL strace expects, which
	 * it leaves out; without it strace says so with "...". Printed in \xNN (-xx, or -x and
	 * that NUL counts as unprintable) the NUL is shown and the "..." follows all the same.
	 */
	if (n && !b[n - 1] && !quoted_as_hex(b, n)) {
		print_quoted(b, n - 1, 0);
		return;
	}
	print_quoted(b, n, QUOTE_ELLIPSIS);
}

void nl_print_strz(const unsigned char *b, size_t len)
{
	size_t n = len && !b[len - 1] ? len - 1 : len;

	/* cut at -s by the attribute's length, its NUL included (strace's "mptcp_pm"... at -s 8) */
	if (len > (size_t)opt.max_strlen && n >= (size_t)opt.max_strlen) {
		print_quoted(b, opt.max_strlen, QUOTE_ELLIPSIS);
		return;
	}
	/* the NUL strace expects at the end is missing: it says so with "..." */
	print_quoted(b, n, n == len ? QUOTE_ELLIPSIS : 0);
}

/* -X raw: the bytes; -X verbose: the bytes, then what they mean in a comment */
static int styled_bytes(const unsigned char *b, size_t n)
{
	if (!xlat_raw() && !xlat_verbose())
		return 0;
	print_quoted(b, n, QUOTE_FORCE_HEX);
	if (xlat_raw())
		return 1;
	tputs(" /* ");
	return 2;
}

static void styled_end(int styled)
{
	if (styled == 2)
		tputs(" */");
}

static void print_addr_text(unsigned family, const unsigned char *b)
{
	print_ip_text(family, b, NULL);
}

int nl_print_inaddr(unsigned family, const unsigned char *b, size_t len)
{
	size_t n = family == AF_INET ? 4 : family == AF_INET6 ? 16 : 0;
	int styled;

	if (!n || len < n)
		return -1;
	styled = styled_bytes(b, len);
	if (styled != 1)
		print_addr_text(family, b);
	styled_end(styled);
	return 0;
}

void nl_print_u64_fields(const unsigned char *b, const char *const *names, unsigned count,
			 unsigned width)
{
	tputc('{');
	for (unsigned i = 0; i < count; i++) {
		uint64_t v = width == 8 ? get64(b + 8 * i) : get32(b + 4 * i);
		tprintf("%s%s=%llu", i ? ", " : "", names[i], (unsigned long long)v);
	}
	tputc('}');
}

static void print_hwaddr(const unsigned char *b, size_t len)
{
	for (size_t i = 0; i < len; i++)
		tprintf(i ? ":%02x" : "%02x", b[i]);
}

void nl_print_hwaddr(const unsigned char *b, size_t len)
{
	int styled = styled_bytes(b, len);

	if (styled != 1)
		print_hwaddr(b, len);
	styled_end(styled);
}

/* strace numbers an index in decimal, also under -X raw and -X verbose */
static void print_array_index(const struct xlat *x, size_t i, const char *dflt)
{
	const char *name = xlat_name(x, i);

	if (xlat_raw())
		tprintf("%zu", i);
	else if (name && !xlat_verbose())
		tputs(name);
	else
		tprintf("%zu /* %s */", i, name ? name : dflt);
}

/* [[NAME]=N, ...]: an array indexed by the constants of x, cut at -s */
static void print_indexed_array(const unsigned char *b, size_t len, const struct xlat *x,
				unsigned width, const char *dflt)
{
	size_t n = len / width;

	tputc('[');
	for (size_t i = 0; i < n; i++) {
		if (i)
			tputs(", ");
		if (nl_abbrev() && i >= (size_t)opt.max_strlen) {
			tputs("...");
			break;
		}
		tputc('[');
		print_array_index(x, i, dflt);
		if (width == 8)
			tprintf("]=%llu", (unsigned long long)get64(b + 8 * i));
		else
			tprintf("]=%d", (int)get32(b + 4 * i));
	}
	tputc(']');
}

/* A number of the kind's width; -1 when len is shorter. */
static int print_number(unsigned kind, const unsigned char *b, size_t len)
{
	static const unsigned char width[] = {
		[NK_U8] = 1, [NK_U16] = 2, [NK_U32] = 4, [NK_U64] = 8, [NK_S32] = 4, [NK_S64] = 8,
		[NK_X32] = 4, [NK_X64] = 8,
	};

	if (len < width[kind])
		return -1;
	switch (kind) {
	case NK_U8:
		tprintf("%u", b[0]);
		break;
	case NK_U16:
		tprintf("%u", get16(b));
		break;
	case NK_U32:
		tprintf("%u", get32(b));
		break;
	case NK_U64:
		tprintf("%llu", (unsigned long long)get64(b));
		break;
	case NK_S32:
		tprintf("%d", (int)get32(b));
		break;
	case NK_S64:
		tprintf("%lld", (long long)get64(b));
		break;
	case NK_X32:
		printnum_hex(get32(b));
		break;
	case NK_X64:
		printnum_hex(get64(b));
		break;
	}
	return 0;
}

/* One value of an xlat in the attribute's own width (1, 2 or 4 bytes). */
static int print_xval(const struct nla_spec *s, const unsigned char *b, size_t len)
{
	uint32_t v;

	if (s->kind == NK_XVAL8 || len == 1) {
		if (len < 1)
			return -1;
		v = b[0];
	} else if (len == 2 || len == 3) {
		v = get16(b);
	} else if (len >= 4) {
		v = get32(b);
	} else {
		return -1;
	}
	printxval(s->x, v, s->dflt);
	return 0;
}

static int print_value(const struct nla_spec *s, const unsigned char *b, size_t len,
		       const struct nlctx *ctx)
{
	switch (s->kind) {
	case NK_U8: case NK_U16: case NK_U32: case NK_U64: case NK_S32: case NK_S64:
	case NK_X32: case NK_X64:
		return print_number(s->kind, b, len);
	case NK_STR:
		nl_print_str(b, len);
		return 0;
	case NK_STRZ:
		nl_print_strz(b, len);
		return 0;
	case NK_HWADDR:
		nl_print_hwaddr(b, len);
		return 0;
	case NK_IFINDEX:
		if (len < 4)
			return -1;
		print_ifindex(get32(b));
		return 0;
	case NK_INADDR:
		return nl_print_inaddr(ctx->family, b, len);
	case NK_XVAL: case NK_XVAL8:
		return print_xval(s, b, len);
	case NK_FLAGS:
		if (len < 4)
			return -1;
		printflags(s->x, get32(b), s->dflt);
		return 0;
	case NK_NESTED:
		nla_print_all(b, len, s->nested, ctx);
		return 0;
	case NK_FN:
		return s->fn(b, len, ctx);
	case NK_U32_ARRAY:
		print_indexed_array(b, len, s->x, 4, s->dflt);
		return 0;
	case NK_U64_ARRAY:
		print_indexed_array(b, len, s->x, 8, s->dflt);
		return 0;
	}
	return -1;
}

static void print_nla_type(unsigned type, const struct nla_table *tab)
{
	tputs("nla_type=");
	if (type & NLA_TYPE_NESTED)
		tputs(xlat_raw() ? "0x8000|" : xlat_verbose() ? "0x8000 /* NLA_F_NESTED */|" :
		      "NLA_F_NESTED|");
	if (type & NLA_TYPE_BYTEORDER)
		tputs(xlat_raw() ? "0x4000|" : xlat_verbose() ?
		      "0x4000 /* NLA_F_NET_BYTEORDER */|" : "NLA_F_NET_BYTEORDER|");
	printxval(tab->names, type & ~(NLA_TYPE_NESTED | NLA_TYPE_BYTEORDER), tab->dflt);
}

/* One attribute of len bytes (its nla_len or what is left, the smaller). */
static void print_one(const unsigned char *b, size_t len, const struct nla_table *tab,
		      const struct nlctx *ctx)
{
	unsigned type = get16(b + 2);
	unsigned t = type & ~(NLA_TYPE_NESTED | NLA_TYPE_BYTEORDER);
	const struct nla_spec *s = tab->every ? tab->every : t < tab->n ? &tab->spec[t] : NULL;

	if (len > NLA_HDR)
		tputc('[');
	tprintf("{nla_len=%u, ", get16(b));
	print_nla_type(type, tab);
	tputc('}');
	if (len <= NLA_HDR)
		return;
	tputs(", ");
	if (!s || s->kind == NK_NONE || print_value(s, b + NLA_HDR, len - NLA_HDR, ctx) < 0)
		nl_print_hex(b + NLA_HDR, len - NLA_HDR);
	tputc(']');
}

void nla_print_all(const unsigned char *b, size_t len, const struct nla_table *tab,
		   const struct nlctx *ctx)
{
	int list = 0;

	for (unsigned elt = 0;; elt++) {
		size_t nla_len, step;

		if (len < NLA_HDR) {
			nl_print_hex(b, len);
			break;
		}
		if (nl_abbrev() && elt == (unsigned)opt.max_strlen) {
			tputs("...");
			break;
		}
		nla_len = get16(b);
		step = (nla_len + 3) & ~(size_t)3;
		/* another attribute follows only after a sane one that fits */
		if (nla_len >= NLA_HDR && len > step && !list) {
			tputc('[');
			list = 1;
		}
		print_one(b, nla_len < len ? nla_len : len, tab, ctx);
		if (nla_len < NLA_HDR || len <= step)
			break;
		tputs(", ");
		b += step;
		len -= step;
	}
	if (list)
		tputc(']');
}

void nl_print_family_msg(const unsigned char *b, size_t len, const struct nl_family_msg *m,
			 struct nlctx *ctx)
{
	size_t off;

	if (!m) {
		/* a type or family strc has no struct for: the family byte, then the rest */
		tputs("{family=");
		printxval(&xlat_address_families, b[0], "AF_???");
		if (len > 1) {
			tputs(", data=");
			nl_print_hex(b + 1, len - 1);
		}
		tputc('}');
		return;
	}
	ctx->family = b[0];
	tprintf("{%s=", m->family_field);
	printxval(&xlat_address_families, b[0], "AF_???");
	if (len < m->size) {
		tputs(", ...}");
		return;
	}
	m->fields(b);
	tputc('}');
	off = NLMSG_ALIGN(m->size);
	if (len > off && m->attrs) {
		tputs(", ");
		nla_print_all(b + off, len - off, m->attrs, ctx);
	}
}

uint64_t nl_tracee_addr(const struct nlctx *ctx, const unsigned char *p)
{
	if (!ctx->base || p < ctx->base)
		return 0;
	return ctx->addr + (uint64_t)(p - ctx->base);
}
