/*
 * ioctl_input.c: the input event devices' requests (evdev, type 'E'): the names of the
 * requests that carry a length, an event type or an axis in their number
 * (EVIOCGNAME(64), EVIOCGBIT(EV_KEY, 96), EVIOCGABS(ABS_X)), and their arguments as strace
 * prints them, the bit sets ([KEY_A KEY_B]) among them. Key, axis, type and the other bit
 * names are data (xlat/evdev_*.list).
 */
#include <linux/input.h>
#include <string.h>

#include "decode.h"

#define EV_TYPE 'E'

#define EVIOCGBIT_NR 0x20	/* + event type, up to EV_MAX */
#define EVIOCGABS_NR 0x40	/* + axis, up to ABS_MAX */
#define EVIOCSABS_NR 0xc0

/* A constant of x; unknown, plain hex inside a -X verbose comment, else with its own. */
static void print_inner(const struct xlat *x, uint64_t v, int in_comment)
{
	const char *name = xlat_name(x, v);

	if (name)
		print_const_name(name);
	else if (in_comment)
		tprintf("%#" PRIx64, v);
	else
		printxval(x, v, NULL);
}

/* The name of an evdev request with an event type or an axis in its number (whatever its
 * size): 1 when printed. The ones with a length are in xlat/ioctl_sized.list. */
int evdev_request_name(uint32_t req, int in_comment)
{
	unsigned nr = _IOC_NR(req), size = _IOC_SIZE(req);

	if (_IOC_TYPE(req) != EV_TYPE)
		return 0;
	if (_IOC_DIR(req) == _IOC_READ && nr >= EVIOCGBIT_NR && nr < EVIOCGABS_NR) {
		tputs("EVIOCGBIT(");
		if (nr == EVIOCGBIT_NR)
			tputc('0');	/* type 0: the set of types */
		else
			print_inner(&xlat_evdev_ev, nr - EVIOCGBIT_NR, in_comment);
		tprintf(", %u)", size);
		return 1;
	}
	if (_IOC_DIR(req) == _IOC_READ && nr >= EVIOCGABS_NR && nr < EVIOCGABS_NR + 0x40) {
		tputs("EVIOCGABS(");
		print_inner(&xlat_evdev_abs, nr - EVIOCGABS_NR, in_comment);
		tputc(')');
		return 1;
	}
	if (_IOC_DIR(req) == _IOC_WRITE && nr >= EVIOCSABS_NR && nr < EVIOCSABS_NR + 0x40) {
		tputs("EVIOCSABS(");
		print_inner(&xlat_evdev_abs, nr - EVIOCSABS_NR, in_comment);
		tputc(')');
		return 1;
	}
	return 0;
}

/* struct input_absinfo: strace shows its six ints unsigned; a request sized for more gets
 * "..." after them under -v */
static void print_absinfo(struct tracee *t, uint64_t arg, unsigned size)
{
	uint32_t a[6];

	if (umove_or_printaddr(t, arg, sizeof(a), a) < 0)
		return;
	tprintf("{value=%u, minimum=%u, ", a[0], a[1]);
	if (style_abbrev()) {
		tputs("...}");
		return;
	}
	tprintf("maximum=%u, fuzz=%u, flat=%u, resolution=%u", a[2], a[3], a[4], a[5]);
	tputs(size > sizeof(a) ? ", ...}" : "}");
}

/* [scancode, KEY_A] */
static void print_keycode(struct tracee *t, uint64_t arg)
{
	uint32_t k[2];

	if (umove_or_printaddr(t, arg, sizeof(k), k) < 0)
		return;
	tprintf("[%u, ", k[0]);
	printxval(&xlat_evdev_keys, k[1], "KEY_???");
	tputc(']');
}

/* struct input_keymap_entry */
static void print_keymap_entry(struct tracee *t, uint64_t arg)
{
	unsigned char b[40];

	if (umove_or_printaddr(t, arg, sizeof(b), b) < 0)
		return;
	tprintf("{flags=%u, len=%u, ", b[0], b[1]);
	if (style_abbrev()) {
		tputs("...}");
		return;
	}
	tprintf("index=%u, keycode=", get16(b + 2));
	printxval(&xlat_evdev_keys, get32(b + 4), "KEY_???");
	tputs(", scancode=[");
	for (int i = 0; i < 32; i++) {
		if (i)
			tputs(", ");
		printnum_hex(b[8 + i]);
	}
	tputs("]}");
}

/* two unsigned ints: EVIOCSREP's delay and period */
static void print_uint_pair(struct tracee *t, uint64_t arg)
{
	uint32_t v[2];

	if (umove_or_printaddr(t, arg, sizeof(v), v) == 0)
		tprintf("[%u, %u]", v[0], v[1]);
}

static void print_int_in(struct tracee *t, uint64_t arg)
{
	int v;

	if (umove_or_printaddr(t, arg, sizeof(v), &v) == 0)
		tprintf("[%d]", v);
}

static void print_envelope(const unsigned char *e)
{
	tprintf("envelope={attack_length=%u, attack_level=%u, fade_length=%u, fade_level=%u}",
		get16(e), get16(e + 2), get16(e + 4), get16(e + 6));
}

/* struct ff_effect's union, by its type; u starts at offset 16 (after the pointer's pad) */
static void print_ff_union(struct tracee *t, unsigned type, const unsigned char *u)
{
	uint64_t custom = tracee_word_bits(t) == 64 ? get64(u + 24) : get32(u + 24);

	switch (type) {
	case FF_RUMBLE:
		tprintf(", rumble={strong_magnitude=%u, weak_magnitude=%u}", get16(u),
			get16(u + 2));
		break;
	case FF_PERIODIC:
		tprintf(", periodic={waveform=%u, period=%u, magnitude=%d, offset=%d, phase=%u, ",
			get16(u), get16(u + 2), (int16_t)get16(u + 4), (int16_t)get16(u + 6),
			get16(u + 8));
		print_envelope(u + 10);
		tprintf(", custom_len=%u, custom_data=", get32(u + 20));
		printaddr(custom);
		tputc('}');
		break;
	case FF_CONSTANT:
		tprintf(", constant={level=%d, ", (int16_t)get16(u));
		print_envelope(u + 2);
		tputc('}');
		break;
	case FF_RAMP:
		tprintf(", ramp={start_level=%d, end_level=%d, ", (int16_t)get16(u),
			(int16_t)get16(u + 2));
		print_envelope(u + 4);
		tputc('}');
		break;
	}
}

/* struct ff_effect (EVIOCSFF) */
static void print_ff_effect(struct tracee *t, uint64_t arg)
{
	unsigned char b[48];
	unsigned type;

	if (umove_or_printaddr(t, arg, sizeof(b), b) < 0)
		return;
	type = get16(b);
	tputs("{type=");
	printxval(&xlat_evdev_ff_types, type, NULL);
	tprintf(", id=%d, direction=%u, ", (int16_t)get16(b + 2), get16(b + 4));
	if (style_abbrev()) {
		tputs("...}");
		return;
	}
	tprintf("trigger={button=%u, interval=%u}, replay={length=%u, delay=%u}", get16(b + 6),
		get16(b + 8), get16(b + 10), get16(b + 12));
	print_ff_union(t, type, b + 16);
	tputc('}');
}

/* The evdev arguments strace reads at entry: 1 when printed. */
int ioctl_evdev_entry(struct tracee *t, uint32_t req, uint64_t arg)
{
	unsigned nr = _IOC_NR(req);

	if (_IOC_TYPE(req) != EV_TYPE)
		return 0;
	if (_IOC_DIR(req) == _IOC_WRITE && nr >= EVIOCSABS_NR && nr < EVIOCSABS_NR + 0x40) {
		tputs(", ");
		if (_IOC_SIZE(req) >= sizeof(struct input_absinfo))
			print_absinfo(t, arg, _IOC_SIZE(req));
		else
			printaddr(arg);	/* named whatever its size, shown only when it holds one */
		return 1;
	}
	switch (req) {
	case EVIOCGRAB:
	case EVIOCREVOKE:
		tprintf(", %" PRIu64, arg);
		return 1;
	case EVIOCRMFF:		/* an effect id, an int */
		tprintf(", %d", (int)arg);
		return 1;
	case EVIOCSCLOCKID:
		tputs(", ");
		print_int_in(t, arg);
		return 1;
	case EVIOCSREP:
		tputs(", ");
		print_uint_pair(t, arg);
		return 1;
	case EVIOCSKEYCODE:
		tputs(", ");
		print_keycode(t, arg);
		return 1;
	case EVIOCSKEYCODE_V2:
		tputs(", ");
		print_keymap_entry(t, arg);
		return 1;
	case EVIOCSFF:
		tputs(", ");
		print_ff_effect(t, arg);
		return 1;
	}
	return 0;
}

/* struct input_id */
static void print_input_id(struct tracee *t, uint64_t arg)
{
	uint16_t v[4];

	if (umove_or_printaddr(t, arg, sizeof(v), v) == 0)
		tprintf("{bustype=%u, vendor=%u, product=%u, version=%u}", v[0], v[1], v[2],
			v[3]);
}

/* EVIOCGMTSLOTS(len): {code=ABS_MT_..., values=[...]}, len / 4 - 1 values */
static void print_mt_slots(struct tracee *t, uint64_t arg, unsigned size)
{
	int32_t v[64];
	unsigned n = size / 4 < 64 ? size / 4 : 64;

	if (n < 1 || umove_or_printaddr(t, arg, n * 4, v) < 0) {
		if (n < 1)
			printaddr(arg);
		return;
	}
	tputs("{code=");
	printxval(&xlat_evdev_mt_abs, (uint32_t)v[0], NULL);
	tputs(", values=[");
	for (unsigned i = 1; i < n; i++)
		tprintf(i > 1 ? ", %d" : "%d", v[i]);
	tputs("]}");
}

/* The bit sets: which names, and how many bits strace looks at (the set's *_MAX; SW_CNT). */
static const struct xlat *bitset_names(uint32_t req, unsigned *nbits)
{
	static const struct {
		unsigned nr, nbits;
		const struct xlat *names;
	} sets[] = {
		{ EVIOCGBIT_NR + EV_SYN, EV_MAX, &xlat_evdev_ev },
		{ EVIOCGBIT_NR + EV_KEY, KEY_MAX, &xlat_evdev_keys },
		{ EVIOCGBIT_NR + EV_REL, REL_MAX, &xlat_evdev_rel },
		{ EVIOCGBIT_NR + EV_ABS, ABS_MAX, &xlat_evdev_abs },
		{ EVIOCGBIT_NR + EV_MSC, MSC_MAX, &xlat_evdev_msc },
		{ EVIOCGBIT_NR + EV_SW, SW_CNT, &xlat_evdev_sw },
		{ EVIOCGBIT_NR + EV_LED, LED_MAX, &xlat_evdev_leds },
		{ EVIOCGBIT_NR + EV_SND, SND_MAX, &xlat_evdev_snd },
		{ EVIOCGBIT_NR + EV_REP, REP_MAX, &xlat_evdev_rep },
		{ EVIOCGBIT_NR + EV_FF, FF_MAX, &xlat_evdev_ff_types },
		{ EVIOCGBIT_NR + EV_FF_STATUS, FF_STATUS_MAX, &xlat_evdev_ff_status },
		{ 0x18, KEY_MAX, &xlat_evdev_keys },		/* EVIOCGKEY */
		{ 0x19, LED_MAX, &xlat_evdev_leds },		/* EVIOCGLED */
		{ 0x1a, SND_MAX, &xlat_evdev_snd },		/* EVIOCGSND */
		{ 0x1b, SW_CNT, &xlat_evdev_sw },		/* EVIOCGSW */
		{ 0x09, INPUT_PROP_MAX, &xlat_evdev_props },	/* EVIOCGPROP */
	};

	for (size_t i = 0; i < sizeof(sets) / sizeof(sets[0]); i++) {
		if (sets[i].nr == _IOC_NR(req)) {
			*nbits = sets[i].nbits;
			return sets[i].names;
		}
	}
	return NULL;
}

#define BITSET_WORDS ((KEY_MAX + 64) / 64)
#define BITSET_ABBREV 4		/* the set bits strace names before "..." when abbreviated */

static void print_bitset_words(const uint64_t *w, unsigned n)
{
	tputc('[');
	for (unsigned i = 0; i < n; i++) {
		if (i)
			tputs(", ");
		printnum_hex(w[i]);
	}
	tputc(']');
}

/* [EV_SYN EV_KEY EV_ABS]: the set bits, below nbits and within the bytes the call returned,
 * by name and space-separated; -X raw shows the words read, -X verbose both. */
static void print_bitset(struct tracee *t, uint64_t arg, const struct xlat *names,
			 unsigned nbits)
{
	uint64_t w[BITSET_WORDS];
	uint64_t len = (uint64_t)t->rval;
	unsigned words = (unsigned)((len + 7) / 8), limit, shown = 0;

	if (words > (nbits + 63) / 64)
		words = (nbits + 63) / 64;
	if (t->rval <= 0 || umove_or_printaddr(t, arg, words * 8, w) < 0) {
		if (t->rval <= 0)
			printaddr(arg);
		return;
	}
	if (xlat_raw()) {
		print_bitset_words(w, words);
		return;
	}
	limit = len * 8 < nbits ? (unsigned)len * 8 : nbits;
	tputc('[');
	for (unsigned i = 0; i < limit; i++) {
		if (!(w[i / 64] >> (i % 64) & 1))
			continue;
		if (shown && style_abbrev() && shown >= BITSET_ABBREV) {
			tputs(" ...");
			break;
		}
		if (shown++)
			tputc(' ');
		printxval(names, i, NULL);
	}
	tputc(']');
	if (xlat_verbose()) {
		tputs(" /* ");
		print_bitset_words(w, words);
		tputs(" */");
	}
}

/* The evdev requests that fill in their argument, at exit: 1 when printed. */
int ioctl_evdev_exit(struct tracee *t, uint32_t req, uint64_t arg)
{
	unsigned nr = _IOC_NR(req), size = _IOC_SIZE(req), nbits;
	const struct xlat *names;

	if (_IOC_TYPE(req) != EV_TYPE || _IOC_DIR(req) != _IOC_READ)
		return 0;
	tputs(", ");
	if (t->err) {
		printaddr(arg);
		return 1;
	}
	if (nr >= 0x06 && nr <= 0x08) {		/* NAME, PHYS, UNIQ: the string it copied */
		printstr_n(t, arg, (uint64_t)t->rval);
		return 1;
	}
	if (nr == 0x0a) {
		print_mt_slots(t, arg, size);
		return 1;
	}
	if (nr == EVIOCGBIT_NR + EV_PWR) {	/* no bit set of its own: an int */
		print_int_in(t, arg);
		return 1;
	}
	names = bitset_names(req, &nbits);
	if (names) {
		print_bitset(t, arg, names, nbits);
		return 1;
	}
	if (nr >= EVIOCGABS_NR && nr < EVIOCGABS_NR + 0x40) {
		if (size >= sizeof(struct input_absinfo))
			print_absinfo(t, arg, _IOC_SIZE(req));
		else
			printaddr(arg);
		return 1;
	}
	switch (req) {
	case EVIOCGVERSION:
	case EVIOCGEFFECTS:
		print_int_in(t, arg);
		return 1;
	case EVIOCGID:
		print_input_id(t, arg);
		return 1;
	case EVIOCGREP:
		print_uint_pair(t, arg);
		return 1;
	case EVIOCGKEYCODE:
		print_keycode(t, arg);
		return 1;
	case EVIOCGKEYCODE_V2:
		print_keymap_entry(t, arg);
		return 1;
	}
	printaddr(arg);
	return 1;
}
