/*
 * common.c: reading helpers the decoder families share: structs that may be unreadable,
 * pointer-sized words of the tracee's ABI, arrays of strings (argv, envp), the printer an
 * ioctl family's request takes. Declared in values.h: these stand on the value printers'
 * floor, below every decoder family.
 */
#include <inttypes.h>
#include <string.h>
#include <time.h>

#include "abi.h"
#include "mem.h"
#include "print.h"
#include "strc.h"
#include "values.h"
#include "xlats.h"

int umove_or_printaddr(struct tracee *t, uint64_t addr, size_t len, void *buf)
{
	if (!addr) {
		tputs("NULL");
		return -1;
	}
	if (umoven(t, addr, len, buf) < 0) {
		printaddr(addr);
		return -1;
	}
	return 0;
}

int umove_ptr(struct tracee *t, uint64_t addr, uint64_t *out)
{
	if (tracee_word_bits(t) == 32) {
		uint32_t w;

		if (umoven(t, addr, sizeof(w), &w) < 0)
			return -1;
		*out = w;
		return 0;
	}
	return umoven(t, addr, sizeof(*out), out);
}

/*
 * n signed kernel longs or time_t of the call's ABI (timespecs, itimervals, mq_attr), widened
 * to 64 bits; prints the address and returns -1 when they cannot be read.
 */
int umove_longs(struct tracee *t, uint64_t addr, int64_t *v, unsigned n)
{
	if (tracee_time_bits(t) == 64)
		return umove_or_printaddr(t, addr, n * sizeof(*v), v);
	int32_t w[8];
	if (n > 8 || umove_or_printaddr(t, addr, n * sizeof(*w), w) < 0)
		return -1;
	for (unsigned i = 0; i < n; i++)
		v[i] = w[i];
	return 0;
}

long count_string_array(struct tracee *t, uint64_t addr, int *unterminated)
{
	unsigned step = tracee_word_bits(t) / 8;
	long n = 0;
	uint64_t p;

	*unterminated = 0;
	if (!addr)
		return -1;
	for (;; n++) {
		if (umove_ptr(t, addr + n * step, &p) < 0) {
			*unterminated = 1;	/* the pointers run into memory that is not there */
			return n ? n : -1;
		}
		if (!p)
			return n;
		if (n > 1000000)
			return -1;
	}
}

void print_string_array(struct tracee *t, uint64_t addr)
{
	unsigned step = tracee_word_bits(t) / 8;
	uint64_t p;
	long i;

	if (!addr) {
		tputs("NULL");
		return;
	}
	if (umove_ptr(t, addr, &p) < 0) {
		printaddr(addr);
		return;
	}
	tputc('[');
	for (i = 0;; i++) {
		if (umove_ptr(t, addr + i * step, &p) < 0) {
			/* the array runs into memory that is not there: where it stopped */
			tprintf(", ... /* %#" PRIx64 " */", addr + i * step);
			break;
		}
		if (!p)
			break;
		if (i)
			tputs(", ");
		if (style_abbrev() && i >= opt.max_strlen) {
			tputs("...");
			break;
		}
		printstr(t, p);
	}
	tputc(']');
}

/* {tv_sec=1, tv_nsec=500} of the tracee's ABI (two words), or its address. */
void print_timespec(struct tracee *t, uint64_t addr)
{
	int64_t ts[2];

	if (umove_longs(t, addr, ts, 2) < 0)
		return;
	tprintf("{tv_sec=%" PRId64 ", tv_nsec=%" PRIu64 "}", ts[0],
		time_frac(ts[1], tracee_time_bits(t)));
}

/*
 * The comment strace puts after a time, 2026-11-22T14:08:04.152985160+0000 in local time,
 * with the fraction (of digits digits) only when it is not zero.
 */
void print_date_comment(int64_t sec, uint64_t frac, int digits)
{
	char buf[64], zone[16];
	time_t tt = (time_t)sec;
	struct tm tm;

	if (!localtime_r(&tt, &tm))
		return;
	strftime(buf, sizeof(buf), "%Y-%m-%dT%H:%M:%S", &tm);
	strftime(zone, sizeof(zone), "%z", &tm);
	if (frac)
		tprintf(" /* %s.%0*" PRIu64 "%s */", buf, digits, frac, zone);
	else
		tprintf(" /* %s%s */", buf, zone);
}

/*
 * The bytes of an extensible struct past the fields strace knows (from known up to size,
 * no further than 4096 bytes from its start), when any is not zero: their offsets in a
 * comment, then the bytes in hex, cut at -s; ", ???" when they cannot be read.
 */
void print_extra_bytes(struct tracee *t, uint64_t addr, unsigned known, uint64_t size)
{
	unsigned char extra[EXTRA_BYTES_MAX];
	uint64_t n, i, shown;

	if (size > EXTRA_BYTES_MAX)
		size = EXTRA_BYTES_MAX;
	if (size <= known)
		return;
	n = size - known;
	if (umoven(t, addr + known, n, extra) < 0) {
		tputs(", ???");
		return;
	}
	for (i = 0; i < n && !extra[i]; i++)
		;
	if (i == n)
		return;
	shown = n < (uint64_t)opt.max_strlen ? n : (uint64_t)opt.max_strlen;
	tprintf(", /* bytes %u..%" PRIu64 " */ ", known, size - 1);
	print_quoted(extra, shown, QUOTE_FORCE_HEX | (shown < n ? QUOTE_ELLIPSIS : 0));
}

/*
 * The printer a family's request takes, from xlat/ioctl_shapes.list: the index in words
 * (the family's shape words, in the order of its enum, words[0] unused) of the request's
 * word; 0 when the request has none. Its structure is _IOC_SIZE(req) bytes.
 */
int ioctl_shape(uint32_t req, const char *const *words, unsigned n)
{
	const struct xlat_entry *e = xlat_find(&xlat_ioctl_shapes, req);

	for (unsigned i = 1; e && e->text && i < n; i++)
		if (words[i] && !strcmp(words[i], e->text))
			return (int)i;
	return 0;
}
