/*
 * ioctl_sock.c: the socket ioctls on network interfaces (struct ifreq, SIOCGIFCONF's
 * struct ifconf), printed as strace prints them: what the caller passes at entry, what the
 * kernel filled in after " => " or as the fields that follow, at exit.
 */
#include <linux/sockios.h>
#include <string.h>

#include "decode.h"
#include "net.h"

#define IFNAMSIZ_ 16
#define IFREQ_SIZE_64 40
#define IFREQ_SIZE_32 32

enum ifr_field {
	IFR_NONE,
	IFR_FLAGS,
	IFR_INT,
	IFR_ADDR,
	IFR_HWADDR,
	IFR_MAP,
	IFR_NEWNAME,
};

/* Which field of the union a request reads or writes, and its name. */
struct ifr_req {
	uint32_t req;
	int set;		/* the caller passes the field: all printed at entry */
	enum ifr_field kind;
	const char *field;
};

static const struct ifr_req ifr_reqs[] = {
	{ SIOCGIFINDEX, 0, IFR_INT, "ifr_ifindex" },
	{ SIOCGIFFLAGS, 0, IFR_FLAGS, "ifr_flags" },
	{ SIOCSIFFLAGS, 1, IFR_FLAGS, "ifr_flags" },
	{ SIOCGIFMTU, 0, IFR_INT, "ifr_mtu" },
	{ SIOCSIFMTU, 1, IFR_INT, "ifr_mtu" },
	{ SIOCGIFTXQLEN, 0, IFR_INT, "ifr_qlen" },
	{ SIOCSIFTXQLEN, 1, IFR_INT, "ifr_qlen" },
	{ SIOCGIFMETRIC, 0, IFR_INT, "ifr_metric" },
	{ SIOCSIFMETRIC, 1, IFR_INT, "ifr_metric" },
	{ SIOCGIFHWADDR, 0, IFR_HWADDR, "ifr_hwaddr" },
	{ SIOCSIFHWADDR, 1, IFR_HWADDR, "ifr_hwaddr" },
	{ SIOCGIFADDR, 0, IFR_ADDR, "ifr_addr" },
	{ SIOCSIFADDR, 1, IFR_ADDR, "ifr_addr" },
	{ SIOCGIFDSTADDR, 0, IFR_ADDR, "ifr_dstaddr" },
	{ SIOCSIFDSTADDR, 1, IFR_ADDR, "ifr_dstaddr" },
	{ SIOCGIFBRDADDR, 0, IFR_ADDR, "ifr_broadaddr" },
	{ SIOCSIFBRDADDR, 1, IFR_ADDR, "ifr_broadaddr" },
	{ SIOCGIFNETMASK, 0, IFR_ADDR, "ifr_netmask" },
	{ SIOCSIFNETMASK, 1, IFR_ADDR, "ifr_netmask" },
	{ SIOCGIFMAP, 0, IFR_MAP, "ifr_map" },
	{ SIOCSIFMAP, 1, IFR_MAP, "ifr_map" },
	{ SIOCSIFNAME, 1, IFR_NEWNAME, "ifr_newname" },
};

static const struct ifr_req *ifr_lookup(uint32_t req)
{
	for (size_t i = 0; i < sizeof(ifr_reqs) / sizeof(ifr_reqs[0]); i++)
		if (ifr_reqs[i].req == req)
			return &ifr_reqs[i];
	return NULL;
}

static size_t ifreq_size(struct tracee *t)
{
	return tracee_word_bits(t) == 64 ? IFREQ_SIZE_64 : IFREQ_SIZE_32;
}

static void print_ifname(const unsigned char *name)
{
	size_t n = strnlen((const char *)name, IFNAMSIZ_);

	print_quoted(name, n, 0);
	if (n == IFNAMSIZ_)
		tputs("...");
}

static int32_t get_i32(const unsigned char *p)
{
	int32_t v;

	memcpy(&v, p, sizeof(v));
	return v;
}

static void print_hwaddr(const unsigned char *u)
{
	uint16_t fam;

	memcpy(&fam, u, sizeof(fam));
	tputs("{sa_family=");
	printxval(&xlat_arp_hardware_types, fam, "ARPHRD_???");
	tputs(", sa_data=");
	if (xlat_raw() || xlat_verbose())	/* -X raw, -X verbose: all 14 bytes first */
		print_quoted(u + 2, 14, QUOTE_FORCE_HEX);
	if (xlat_raw()) {
		tputc('}');
		return;
	}
	if (xlat_verbose())
		tputs(" /* ");
	for (int i = 0; i < 6; i++)
		tprintf(i ? ":%02x" : "%02x", u[2 + i]);
	tputs(xlat_verbose() ? " */}" : "}");
}

static void print_ifmap(struct tracee *t, const unsigned char *u)
{
	uint64_t start, end;
	uint16_t base;
	size_t w = (size_t)tracee_word_bits(t) / 8;

	if (w == 8) {
		memcpy(&start, u, 8);
		memcpy(&end, u + 8, 8);
	} else {
		uint32_t s32, e32;

		memcpy(&s32, u, 4);
		memcpy(&e32, u + 4, 4);
		start = s32;
		end = e32;
	}
	memcpy(&base, u + 2 * w, 2);
	tputs("{mem_start=");
	printnum_hex(start);
	tputs(", mem_end=");
	printnum_hex(end);
	tputs(", base_addr=");
	printnum_hex(base);
	tprintf(", irq=%u, dma=%u, port=%u}", u[2 * w + 2], u[2 * w + 3], u[2 * w + 4]);
}

/* ", ifr_mtu=1500": the union's field as the request names it. */
static void print_ifr_field(struct tracee *t, uint64_t addr, const unsigned char *ifr,
			    const struct ifr_req *r)
{
	const unsigned char *u = ifr + IFNAMSIZ_;
	uint16_t flags;

	tprintf(", %s=", r->field);
	switch (r->kind) {
	case IFR_FLAGS:
		memcpy(&flags, u, sizeof(flags));
		printflags(&xlat_ifr_flags, flags, NULL);
		break;
	case IFR_INT:
		tprintf("%d", get_i32(u));
		break;
	case IFR_ADDR:
		print_sockaddr(t, addr + IFNAMSIZ_, 16);
		break;
	case IFR_HWADDR:
		print_hwaddr(u);
		break;
	case IFR_MAP:
		print_ifmap(t, u);
		break;
	case IFR_NEWNAME:
		print_ifname(u);
		break;
	case IFR_NONE:
		break;
	}
}

/* The length, with its count of entries when it is a whole number of them. */
static void print_ifc_len(struct tracee *t, int32_t len)
{
	size_t sz = ifreq_size(t);

	tprintf("%d", len);
	if (len > 0 && (size_t)len % sz == 0) {
		tputs(" /* ");
		out_mark(OUT_MARK_VERBATIM);	/* plain words to --color */
		tprintf("%zu * sizeof(struct ifreq)", (size_t)len / sz);
		out_mark(OUT_MARK_END);
		tputs(" */");
	}
}

static int read_ifconf(struct tracee *t, uint64_t addr, int32_t *len, uint64_t *buf)
{
	unsigned char raw[16];

	if (umoven(t, addr, tracee_word_bits(t) == 64 ? 16 : 8, raw) < 0)
		return -1;
	memcpy(len, raw, 4);
	if (tracee_word_bits(t) == 64) {
		memcpy(buf, raw + 8, 8);
	} else {
		uint32_t b;

		memcpy(&b, raw + 4, 4);
		*buf = b;
	}
	return 0;
}

static void print_ifconf_entries(struct tracee *t, uint64_t buf, int32_t len)
{
	size_t sz = ifreq_size(t);
	uint64_t n = len > 0 ? (uint64_t)len / sz : 0;
	unsigned char ifr[IFREQ_SIZE_64];

	tputc('[');
	for (uint64_t i = 0; i < n; i++) {
		uint64_t cur = buf + i * sz;

		if (i)
			tputs(", ");
		if (umoven(t, cur, sz, ifr) < 0) {
			tprintf("... /* %#" PRIx64 " */", cur);
			break;
		}
		if (style_abbrev() && i >= (uint64_t)opt.max_strlen) {
			tputs("...");
			break;
		}
		tputs("{ifr_name=");
		print_ifname(ifr);
		tputs(", ifr_addr=");
		print_sockaddr(t, cur + IFNAMSIZ_, 16);
		tputc('}');
	}
	tputc(']');
}

static int ifconf_entry(struct tracee *t, uint64_t arg)
{
	int32_t len;
	uint64_t buf;

	if (read_ifconf(t, arg, &len, &buf) < 0) {
		printaddr(arg);
		return 1;
	}
	call_memo(t, struct ioctl_memo)->opened = 1;
	call_memo(t, struct ioctl_memo)->len = len;
	tputc('{');
	if (buf) {
		tputs("ifc_len=");
		print_ifc_len(t, len);
	}
	return 0;
}

static void ifconf_exit(struct tracee *t, uint64_t arg)
{
	int32_t len, old = call_memo(t, struct ioctl_memo)->len;
	uint64_t buf;

	if (read_ifconf(t, arg, &len, &buf) < 0) {
		tputc('}');
		return;
	}
	if (!buf) {
		tputs("ifc_len=");
		print_ifc_len(t, len);
	} else if (!t->err && len != old) {
		tputs(" => ");
		print_ifc_len(t, len);
	}
	tputs(", ifc_buf=");
	if (t->err || !buf)
		printaddr(buf);
	else
		print_ifconf_entries(t, buf, len);
	tputc('}');
}

/* At entry: 1 when the request is one of these and the entry printed all there is. */
int ioctl_sock_entry(struct tracee *t, uint32_t req, uint64_t arg)
{
	const struct ifr_req *r = ifr_lookup(req);
	unsigned char ifr[IFREQ_SIZE_64];

	if (req == SIOCGIFCONF) {
		tputs(", ");
		return ifconf_entry(t, arg) ? 1 : 2;
	}
	if (!r && req != SIOCGIFNAME)
		return 0;
	tputs(", ");
	if (umove_or_printaddr(t, arg, ifreq_size(t), ifr) < 0)
		return 1;
	call_memo(t, struct ioctl_memo)->opened = 1;
	if (req == SIOCGIFNAME) {
		tprintf("{ifr_ifindex=%d", get_i32(ifr + IFNAMSIZ_));
		return 2;
	}
	tputs("{ifr_name=");
	print_ifname(ifr);
	if (!r->set)
		return 2;
	print_ifr_field(t, arg, ifr, r);
	tputc('}');
	return 1;
}

/* At exit, after ioctl_sock_entry returned 2: the fields the kernel filled in. */
void ioctl_sock_exit(struct tracee *t, uint32_t req, uint64_t arg)
{
	unsigned char ifr[IFREQ_SIZE_64];

	if (!call_memo(t, struct ioctl_memo)->opened)
		return;
	if (req == SIOCGIFCONF) {
		ifconf_exit(t, arg);
		return;
	}
	if (!t->err && umoven(t, arg, ifreq_size(t), ifr) == 0) {
		if (req == SIOCGIFNAME) {
			tputs(", ifr_name=");
			print_ifname(ifr);
		} else {
			print_ifr_field(t, arg, ifr, ifr_lookup(req));
		}
	}
	tputc('}');
}
