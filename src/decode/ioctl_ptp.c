/*
 * ioctl_ptp.c: the PTP hardware clock requests (PTP_*, type '='), as strace prints them:
 * the requests for external timestamps and periodic outputs, the pins, and the clock
 * readings the kernel fills in (added to the same braces at exit). Flag and pin function
 * names are data (xlat/ptp_*.list).
 */
#include <linux/ptp_clock.h>
#include <string.h>

#include "decode.h"

/* struct ptp_clock_time: s64 sec, u32 nsec, u32 reserved */
#define PTP_TIME 16
#define PTP_SAMPLES_MAX 25

/* {sec=..., nsec=...}, the reserved word when it is not 0 */
static void print_ptp_time(const unsigned char *b, int date)
{
	int64_t sec = (int64_t)get64(b);
	uint32_t nsec = get32(b + 8);

	tprintf("{sec=%" PRId64 ", nsec=%u", sec, nsec);
	if (get32(b + 12))
		tprintf(", reserved=%#x", get32(b + 12));
	tputc('}');
	if (date && (sec || nsec) && !xlat_raw())
		print_date_comment(sec, nsec, 9);
}

/* ", rsv=[...]": reserved words, shown only when one is not 0; cut at -s */
static void print_rsv(const unsigned char *b, unsigned n)
{
	unsigned any = 0;

	for (unsigned i = 0; i < n; i++)
		any |= get32(b + 4 * i);
	if (!any)
		return;
	tputs(", rsv=[");
	for (unsigned i = 0; i < n; i++) {
		if (i)
			tputs(", ");
		if (style_abbrev() && i >= (unsigned)opt.max_strlen) {
			tputs("...");
			break;
		}
		printnum_hex(get32(b + 4 * i));
	}
	tputc(']');
}

/* The second version of each request (its number 10 and up) checks more reserved fields. */
static int ptp_v2(uint32_t req)
{
	return _IOC_NR(req) >= 10;
}

/* n times from b, cut by -s unless whole (a sample's triple) */
static void print_ptp_times(const unsigned char *b, unsigned n, int whole)
{
	tputc('[');
	for (unsigned i = 0; i < n; i++) {
		if (i)
			tputs(", ");
		if (!whole && style_abbrev() && i >= (unsigned)opt.max_strlen) {
			tputs("...");
			break;
		}
		print_ptp_time(b + i * PTP_TIME, 1);
	}
	tputc(']');
}

/* max_phase_adj is in ns: strace adds the seconds in a comment */
static void print_ns_comment(int32_t ns)
{
	uint32_t a = ns < 0 ? 0u - (uint32_t)ns : (uint32_t)ns;

	if (ns && !xlat_raw())
		tprintf(" /* %s%u.%09u s */", ns < 0 ? "-" : "", a / 1000000000u, a % 1000000000u);
}

static void print_caps(const unsigned char *b)
{
	tprintf("{max_adj=%d, n_alarm=%d, n_ext_ts=%d, n_per_out=%d, pps=%d, n_pins=%d, "
		"cross_timestamping=%d, adjust_phase=%d, max_phase_adj=%d", (int)get32(b),
		(int)get32(b + 4), (int)get32(b + 8), (int)get32(b + 12), (int)get32(b + 16),
		(int)get32(b + 20), (int)get32(b + 24), (int)get32(b + 28), (int)get32(b + 32));
	print_ns_comment((int32_t)get32(b + 32));
	print_rsv(b + 36, 11);
	tputc('}');
}

/* struct ptp_perout_request: the start is a phase, the union a duty cycle's on time, as
 * the flags say; the union's reserved words otherwise (the second version) */
static void print_perout(const unsigned char *b, int v2)
{
	uint32_t flags = get32(b + 36);
	int phase = flags & 0x4;	/* PTP_PEROUT_PHASE */

	tputs(phase ? "{phase=" : "{start=");
	print_ptp_time(b, !phase);
	tputs(", period=");
	print_ptp_time(b + 16, 0);
	tprintf(", index=%u, flags=", get32(b + 32));
	printflags(&xlat_ptp_perout_flags, flags, NULL);
	if (flags & 0x2) {		/* PTP_PEROUT_DUTY_CYCLE */
		tputs(", on=");
		print_ptp_time(b + 40, 0);
	} else if (v2) {
		print_rsv(b + 40, 4);
	}
	tputc('}');
}

static void print_pin_func(const unsigned char *b)
{
	tputs(", func=");
	printxval(&xlat_ptp_pin_funcs, get32(b + 68), NULL);
	tprintf(", chan=%u", get32(b + 72));
}

/* What each request does: its word in xlat/ioctl_shapes.list. */
enum ptp_shape {
	P_NONE,
	P_CAPS,		/* exit: the capabilities */
	P_EXTTS,	/* entry: {index, flags} */
	P_PEROUT,	/* entry: the periodic output */
	P_SYS_OFFSET,	/* entry {n_samples, exit the samples} */
	P_EXTENDED,	/* the same with a clock id and triples */
	P_PRECISE,	/* exit: three times */
	P_PIN_GET,	/* entry {index, exit the pin} */
	P_PIN_SET,	/* entry: {index, func, chan} */
};

static enum ptp_shape ptp_shape(uint32_t req, size_t *size)
{
	static const char *const words[] = {
		[P_CAPS] = "ptp_caps", [P_EXTTS] = "ptp_extts", [P_PEROUT] = "ptp_perout",
		[P_SYS_OFFSET] = "ptp_sys_offset", [P_EXTENDED] = "ptp_extended",
		[P_PRECISE] = "ptp_precise", [P_PIN_GET] = "ptp_pin_get", [P_PIN_SET] = "ptp_pin_set",
	};

	*size = _IOC_SIZE(req);
	return (enum ptp_shape)ioctl_shape(req, words, sizeof(words) / sizeof(words[0]));
}

/* Entry: 1 printed, 2 the exit adds, 3 all at exit. */
int ioctl_ptp_entry(struct tracee *t, uint32_t req, uint64_t arg)
{
	unsigned char b[1216];
	size_t size;
	enum ptp_shape shape = ptp_shape(req, &size);

	if (shape == P_NONE)
		return 0;
	tputs(", ");
	if (shape == P_CAPS || shape == P_PRECISE)
		return 3;
	if (umove_or_printaddr(t, arg, shape == P_EXTENDED || shape == P_SYS_OFFSET ? 16 : size,
			       b) < 0)
		return 1;
	call_memo(t, struct ioctl_memo)->opened = 1;
	switch (shape) {
	case P_EXTTS:
		tprintf("{index=%u, flags=", get32(b));
		printflags(&xlat_ptp_extts_flags, get32(b + 4), NULL);
		if (ptp_v2(req))
			print_rsv(b + 8, 2);
		tputc('}');
		return 1;
	case P_PEROUT:
		print_perout(b, ptp_v2(req));
		return 1;
	case P_SYS_OFFSET:
		tprintf("{n_samples=%u", get32(b));
		print_rsv(b + 4, 3);
		return 2;
	case P_EXTENDED:
		tprintf("{n_samples=%u, clockid=", get32(b));
		printxval(&xlat_clockids, get32(b + 4), NULL);
		print_rsv(b + 8, 2);
		return 2;
	case P_PIN_GET:
		tprintf("{index=%u", get32(b + 64));
		if (ptp_v2(req))
			print_rsv(b + 76, 5);
		return 2;
	case P_PIN_SET:
		tprintf("{index=%u", get32(b + 64));
		print_pin_func(b);
		if (ptp_v2(req))
			print_rsv(b + 76, 5);
		tputc('}');
		return 1;
	default:
		return 1;
	}
}

/* The samples of PTP_SYS_OFFSET_EXTENDED: [[before, device, after], ...] */
static void print_extended(const unsigned char *b, unsigned n)
{
	tputc('[');
	for (unsigned i = 0; i < n; i++) {
		if (i)
			tputs(", ");
		if (style_abbrev() && i >= (unsigned)opt.max_strlen) {
			tputs("...");
			break;
		}
		print_ptp_times(b + i * 3 * PTP_TIME, 3, 1);
	}
	tputc(']');
}

/* The exit of an entry that answered 2 or 3: 1 when it was a PTP request. */
int ioctl_ptp_exit(struct tracee *t, uint32_t req, uint64_t arg)
{
	unsigned char b[1216];
	size_t size;
	enum ptp_shape shape = ptp_shape(req, &size);
	unsigned n;

	if (shape == P_NONE)
		return 0;
	if (shape == P_CAPS || shape == P_PRECISE) {
		if (t->err || umove_or_printaddr(t, arg, size, b) < 0) {
			if (t->err)
				printaddr(arg);
			return 1;
		}
		if (shape == P_CAPS) {
			print_caps(b);
		} else {
			tputs("{device=");
			print_ptp_time(b, 1);
			tputs(", sys_realtime=");
			print_ptp_time(b + 16, 1);
			tputs(", sys_monoraw=");
			print_ptp_time(b + 32, 0);
			print_rsv(b + 48, 4);
			tputc('}');
		}
		return 1;
	}
	if (!call_memo(t, struct ioctl_memo)->opened)
		return 1;
	if (!t->err && umoven(t, arg, size, b) == 0) {
		n = get32(b) < PTP_SAMPLES_MAX ? get32(b) : PTP_SAMPLES_MAX;
		if (shape == P_SYS_OFFSET) {
			tputs(", ts=");
			print_ptp_times(b + 16, 2 * n + 1, 0);
		} else if (shape == P_EXTENDED) {
			tputs(", ts=");
			print_extended(b + 16, n);
		} else if (shape == P_PIN_GET) {
			tputs(", name=");
			print_quoted(b, strnlen((const char *)b, 64), 0);
			print_pin_func(b);
		}
	}
	tputc('}');
	return 1;
}
