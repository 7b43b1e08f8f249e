/*
 * ioctl_kd.c: the virtual console's keyboard and display requests (KD*, KIOCSOUND, the
 * font and map requests), as strace prints them: modes and LEDs by name, tones in Hz and
 * ms, the key code, repeat and unicode map structs, the font and map tables. The names are
 * data (xlat/kd_*.list).
 */
#include <linux/kd.h>
#include <string.h>

#include "decode.h"

/* the programmable interval timer's clock: a tone's count is this over the frequency */
#define PIT_TICK_RATE 1193182UL

/* a keyboard mode: decimal, the name or a comment */
static void kbd_mode_names(uint64_t v)
{
	const char *name = xlat_name(&xlat_kd_kbd_modes, v);

	if (name)
		print_const_name(name);
	else
		tprintf("%d /* K_??? */", (int)v);
}

static void print_kbd_mode(uint32_t v)
{
	const char *name = xlat_name(&xlat_kd_kbd_modes, v);

	if (xlat_raw())
		tprintf("%d", (int)v);
	else if (xlat_verbose())
		tprintf("%d /* %s */", (int)v, name ? name : "K_???");
	else
		kbd_mode_names(v);
}

/* KDSKBLED/KDGKBLED: the LEDs, then the default ones shifted by 4, then what is left */
static void kbd_led_names(uint64_t v)
{
	int n = 0;

	for (int shift = 0; shift <= 4; shift += 4) {
		for (unsigned i = 0; i < xlat_kd_leds.n; i++) {
			const struct xlat_entry *e = &xlat_kd_leds.e[i];

			if (!(v & (e->val << shift)))
				continue;
			if (n++)
				print_flag_sep();
			print_const_fmt("%s%s", e->name, shift ? "<<4" : "");
			v &= ~(e->val << shift);
		}
	}
	if (v)
		tprintf(n ? "|%#" PRIx64 : "%#" PRIx64 " /* LED_??? */", v);
	else if (!n)
		tputc('0');
}

static void print_kbd_leds(unsigned char v)
{
	if (v && !(v & 0x77)) {		/* no LED bit: a number, with the set's comment */
		tprintf("%#x", v);
		if (!xlat_raw())
			tputs(" /* LED_??? */");
		return;
	}
	if (!v || !print_number_styled("%#llx", v, kbd_led_names))
		kbd_led_names(v);
}

/* KIOCSOUND: the timer count, and the tone it makes */
static void print_sound(uint64_t v)
{
	uint64_t hz = v ? PIT_TICK_RATE / v : 0;

	tprintf("%" PRIu64, v);
	if (xlat_raw())
		return;
	if (hz)
		tprintf(" /* %" PRIu64 " Hz */", hz);
	else
		tputs(" /* off */");
}

/* KDMKTONE: duration in ms << 16 | timer count */
static void print_tone(uint32_t v)
{
	unsigned ms = v >> 16, count = v & 0xffff;

	if (ms)
		tprintf("%u<<16|", ms);
	tprintf("%u", count);
	if (xlat_raw())
		return;
	if (ms && count)
		tprintf(" /* %lu Hz, %u ms */", PIT_TICK_RATE / count, ms);
	else
		tputs(" /* off */");
}

/* KDADDIO/KDDELIO: a port, named from the first of the range the console may grant */
#define GPFIRST 0x3b4
#define GPLAST 0x3df

static void print_port(uint64_t v)
{
	tprintf("%#" PRIx64, v);
	if (!xlat_raw() && v >= GPFIRST && v <= GPLAST)
		tprintf(" /* GPFIRST + %" PRIu64 " */", v - GPFIRST);
}

/* KDSIGACCEPT: a signal number, by name when it is one */
static void print_sig_accept(uint64_t v)
{
	const char *name = v < 128 ? signal_name((int)v) : NULL;

	if (!name || xlat_raw())
		tprintf("%" PRIu64, v);
	else if (xlat_verbose())
		tprintf("%" PRIu64 " /* %s */", v, name);
	else
		tputs(name);
}

/* struct kbkeycode, struct kbd_repeat, struct unimapinit: small structs of ints */
static void print_keycode(struct tracee *t, uint64_t arg)
{
	uint32_t k[2];

	if (umove_or_printaddr(t, arg, sizeof(k), k) < 0)
		return;
	tputs("{scancode=");
	printnum_hex(k[0]);
	tputs(", keycode=");
	printnum_hex(k[1]);
	tputc('}');
}

static int read_repeat(struct tracee *t, uint64_t arg, int32_t r[2])
{
	return umoven(t, arg, 2 * sizeof(int32_t), r);
}

static void print_unimapinit(struct tracee *t, uint64_t arg)
{
	uint16_t u[3];

	if (umove_or_printaddr(t, arg, sizeof(u), u) == 0)
		tprintf("{advised_hashsize=%u, advised_hashstep=%u, advised_hashlevel=%u}", u[0],
			u[1], u[2]);
}

/* a table of bytes (color map, screen map, font) as a string in hex */
static void print_table(struct tracee *t, uint64_t arg, uint64_t len)
{
	printstr_n_flags(t, arg, len, QUOTE_FORCE_HEX);
}

/* GIO_UNISCRNMAP/PIO_UNISCRNMAP: 256 unicode values, cut by -s */
static void print_uniscrnmap(struct tracee *t, uint64_t arg)
{
	uint16_t m[256];

	if (umove_or_printaddr(t, arg, sizeof(m), m) < 0)
		return;
	tputc('[');
	for (unsigned i = 0; i < 256; i++) {
		if (i)
			tputs(", ");
		if (style_abbrev() && i >= (unsigned)opt.max_strlen) {
			tputs("...");
			break;
		}
		printnum_hex(m[i]);
	}
	tputc(']');
}

/* struct consolefontdesc: count, height, and the font (32 bytes a glyph) or its address */
static int print_fontdesc(struct tracee *t, uint64_t arg, int data)
{
	unsigned char b[16];
	uint64_t ptr;

	if (umove_or_printaddr(t, arg, tracee_word_bits(t) == 64 ? 16 : 8, b) < 0)
		return -1;
	ptr = tracee_word_bits(t) == 64 ? get64(b + 8) : get32(b + 4);
	tprintf("{charcount=%u, charheight=%u, chardata=", get16(b), get16(b + 2));
	if (data)
		print_table(t, ptr, (uint64_t)get16(b) * 32);
	else
		printaddr(ptr);
	tputc('}');
	return 0;
}

/* struct unipair array: [{unicode=0x41, fontpos=0x1}, ...] */
static void print_unipair(struct tracee *t, const void *elem, void *data)
{
	uint16_t p[2];

	(void)t;
	(void)data;
	memcpy(p, elem, sizeof(p));
	tputs("{unicode=");
	printnum_hex(p[0]);
	tputs(", fontpos=");
	printnum_hex(p[1]);
	tputc('}');
}

/* struct unimapdesc: the count, and the pairs or their address */
static void print_unimapdesc(struct tracee *t, uint64_t arg, int pairs)
{
	unsigned char b[16];
	uint64_t ptr;
	unsigned ct;

	if (umove_or_printaddr(t, arg, tracee_word_bits(t) == 64 ? 16 : 8, b) < 0)
		return;
	ct = get16(b);
	ptr = tracee_word_bits(t) == 64 ? get64(b + 8) : get32(b + 4);
	tprintf("{entry_ct=%u, entries=", ct);
	if (pairs)
		print_array(t, ptr, ct, 4, print_unipair, NULL);
	else
		printaddr(ptr);
	tputc('}');
}

/* struct console_font_op as read: op, flags, width, height, charcount, data */
struct font_op {
	uint32_t op, flags, width, height, charcount;
	uint64_t data;
};

static int read_font_op(struct tracee *t, uint64_t arg, struct font_op *f, int quiet)
{
	unsigned char b[32];
	size_t size = tracee_word_bits(t) == 64 ? 32 : 24;

	if (quiet ? umoven(t, arg, size, b) < 0 : umove_or_printaddr(t, arg, size, b) < 0)
		return -1;
	f->op = get32(b);
	f->flags = get32(b + 4);
	f->width = get32(b + 8);
	f->height = get32(b + 12);
	f->charcount = get32(b + 16);
	f->data = size == 32 ? get64(b + 24) : get32(b + 20);
	return 0;
}

/* the glyphs: 32 rows of (width + 7) / 8 bytes each */
static void print_font_data(struct tracee *t, const struct font_op *f)
{
	print_table(t, f->data, (uint64_t)f->charcount * ((f->width + 7) / 8) * 32);
}

/* KDFONTOP at entry: which fields show depends on the op; 2 when the exit adds to them */
static int font_op_entry(struct tracee *t, uint64_t arg)
{
	struct font_op f;

	if (read_font_op(t, arg, &f, 0) < 0)
		return 1;
	tputs("{op=");
	printxval(&xlat_kd_font_ops, f.op, NULL);
	if (f.op == KD_FONT_OP_COPY) {
		tprintf(", height=%u}", f.height);
		return 1;
	}
	if (f.op == KD_FONT_OP_SET_DEFAULT) {
		tprintf(", width=%u, height=%u, data=", f.width, f.height);
		printstr(t, f.data);	/* the font's name */
		tputc('}');
		return 2;
	}
	tputs(", flags=");
	printflags(&xlat_kd_font_flags, f.flags, NULL);
	tprintf(", width=%u, height=%u, charcount=%u, data=", f.width, f.height, f.charcount);
	if (f.op == KD_FONT_OP_SET)
		print_font_data(t, &f);
	else
		printaddr(f.data);
	tputc('}');
	return f.op == KD_FONT_OP_SET ? 1 : 2;
}

static void font_op_exit(struct tracee *t, uint64_t arg)
{
	struct font_op f;

	if (t->err || read_font_op(t, arg, &f, 1) < 0)
		return;
	tprintf(" => {width=%u, height=%u", f.width, f.height);
	if (f.op != KD_FONT_OP_SET_DEFAULT) {
		tprintf(", charcount=%u, data=", f.charcount);
		if (f.op == KD_FONT_OP_GET)
			print_font_data(t, &f);
		else
			printaddr(f.data);
	}
	tputc('}');
}

/* A key symbol's character, as strace quotes it: 'a', '\'', '\\', '\t', '\x00' */
static void print_key_char(unsigned c)
{
	static const char escapes[] = "\tt\nn\vv\ff\rr";

	for (const char *e = escapes; *e; e += 2) {
		if ((unsigned char)e[0] == c) {
			tprintf("'\\%c'", e[1]);
			return;
		}
	}
	if (c == '\'' || c == '\\')
		tprintf("'\\%c'", c);
	else if (c >= ' ' && c < 0x7f)
		tprintf("'%c'", c);
	else
		tprintf("'\\x%02x'", c);
}

/* the types whose value is a character */
static int key_type_is_char(unsigned type)
{
	return type == 0 || type == 8 || type == 11 || type == 13;	/* LATIN META LETTER DEAD2 */
}

/* K_F1, or K(KT_LATIN, 'a'), K(KT_CONS, 0x1), K(0x10, 0) */
static void key_sym_names(uint64_t v)
{
	const char *name = xlat_name(&xlat_kd_keysyms, v);
	const char *type = xlat_name(&xlat_kd_key_types, v >> 8);

	if (name) {
		print_const_name(name);
		return;
	}
	tputs("K(");
	if (type)
		print_const_name(type);
	else
		tprintf("%#x", (unsigned)(v >> 8));
	tputs(", ");
	if (type && key_type_is_char(v >> 8))
		print_key_char(v & 0xff);
	else
		printnum_hex(v & 0xff);
	tputc(')');
}

/* kb_value: the number, and its symbol in a comment (but for -X raw) */
static void print_key_sym(uint16_t v)
{
	printnum_hex(v);
	if (xlat_raw())
		return;
	tputs(" /* ");
	key_sym_names(v);
	tputs(" */");
}

/* kb_table: a named table, or the modifiers as 1<<KG_CTRL|... */
static void kbd_table_names(uint64_t v)
{
	const char *name = xlat_name(&xlat_kd_kbd_tables, v);
	int n = 0;

	if (name) {
		print_const_name(name);
		return;
	}
	for (unsigned i = 0; i < xlat_kd_kbd_modifiers.n; i++) {
		const struct xlat_entry *e = &xlat_kd_kbd_modifiers.e[i];

		if (!(v & (1u << e->val)))
			continue;
		if (n++)
			print_flag_sep();
		print_const_fmt("1<<%s", e->name);
	}
}

static void print_kbd_table(unsigned char v)
{
	if (!print_number_styled("%#llx", v, kbd_table_names))
		kbd_table_names(v);
}

/* kb_func: KVAL(K_F1), the function key's symbol */
static void kb_func_names(uint64_t v)
{
	out_mark(OUT_MARK_CONST);	/* one constant to --color, as strace colours it */
	tputs("KVAL(");
	key_sym_names(0x100 | v);
	tputc(')');
	out_mark(OUT_MARK_END);
}

static void print_kb_func(unsigned char v)
{
	if (!print_number_styled("%#llx", v, kb_func_names))
		kb_func_names(v);
}

/* struct kbentry: table, index, and the value at entry (KDSKBENT) or exit (KDGKBENT) */
static int kbentry_entry(struct tracee *t, uint64_t arg, int set)
{
	unsigned char b[4];

	if (umove_or_printaddr(t, arg, sizeof(b), b) < 0)
		return 1;
	tputs("{kb_table=");
	print_kbd_table(b[0]);
	tprintf(", kb_index=%u", b[1]);
	if (set) {
		tputs(", kb_value=");
		print_key_sym(get16(b + 2));
		tputc('}');
		return 1;
	}
	call_memo(t, struct ioctl_memo)->opened = 1;
	return 2;
}

/* struct kbsentry: the function key, and its string at entry (set) or exit (get) */
static int kbsentry_entry(struct tracee *t, uint64_t arg, int set)
{
	unsigned char f;

	if (umove_or_printaddr(t, arg, 1, &f) < 0)
		return 1;
	tputs("{kb_func=");
	print_kb_func(f);
	if (set) {
		tputs(", kb_string=");
		printstr(t, arg + 1);	/* a C string, read as far as it goes */
		tputc('}');
		return 1;
	}
	call_memo(t, struct ioctl_memo)->opened = 1;
	return 2;
}

/* struct kbdiacrs (chars) and kbdiacrsuc (unicode): the count, then that many triples */
static void print_diacrs(struct tracee *t, uint64_t arg, int uc)
{
	static unsigned char b[4 + 256 * 12];
	unsigned cnt, n, size = uc ? 12 : 3;

	if (umove_or_printaddr(t, arg, 4, b) < 0)
		return;
	cnt = get32(b);
	n = cnt < 256 ? cnt : 256;
	if (umoven(t, arg + 4, (size_t)n * size, b + 4) < 0) {
		tprintf("{kb_cnt=%u, %s=", cnt, uc ? "kbdiacruc" : "kbdiacr");
		printaddr(arg + 4);
		tputc('}');
		return;
	}
	tprintf("{kb_cnt=%u, %s=[", cnt, uc ? "kbdiacruc" : "kbdiacr");
	for (unsigned i = 0; i < n; i++) {
		const unsigned char *d = b + 4 + i * size;

		if (i)
			tputs(", ");
		if (style_abbrev() && i >= (unsigned)opt.max_strlen) {
			tputs("...");
			break;
		}
		if (uc) {
			tputs("{diacr=");
			printnum_hex(get32(d));
			tputs(", base=");
			printnum_hex(get32(d + 4));
			tputs(", result=");
			printnum_hex(get32(d + 8));
			tputc('}');
		} else {
			tputs("{diacr=");
			print_key_char(d[0]);
			tputs(", base=");
			print_key_char(d[1]);
			tputs(", result=");
			print_key_char(d[2]);
			tputc('}');
		}
	}
	tputs("]}");
}

/* The arguments strace shows at entry: 1 when printed, 2 when the exit adds to them. */
int ioctl_kd_entry(struct tracee *t, uint32_t req, uint64_t arg)
{
	int32_t r[2];

	switch (req) {
	case KDSETMODE:
		tputs(", ");
		printxval(&xlat_kd_modes, (uint32_t)arg, NULL);
		return 1;
	case KDSKBMODE:
		tputs(", ");
		print_kbd_mode((uint32_t)arg);
		return 1;
	case KDSKBMETA:
		tputs(", ");
		printxval(&xlat_kd_meta, (uint32_t)arg, NULL);
		return 1;
	case KDSETLED:
		tputs(", ");
		printflags(&xlat_kd_leds, (unsigned char)arg, NULL);
		return 1;
	case KDSKBLED:
		tputs(", ");
		print_kbd_leds((unsigned char)arg);
		return 1;
	case KIOCSOUND:
		tputs(", ");
		print_sound(arg);
		return 1;
	case KDMKTONE:
		tputs(", ");
		print_tone((uint32_t)arg);
		return 1;
	case KDADDIO:
	case KDDELIO:
		tputs(", ");
		print_port(arg);
		return 1;
	case KDSIGACCEPT:
		tputs(", ");
		print_sig_accept(arg);
		return 1;
	case KDGETKEYCODE:
	case KDSETKEYCODE:
		tputs(", ");
		print_keycode(t, arg);
		return 1;
	case KDKBDREP:
		tputs(", ");
		if (umove_or_printaddr(t, arg, sizeof(r), r) < 0)
			return 1;
		tprintf("{delay=%d, period=%d}", r[0], r[1]);
		call_memo(t, struct ioctl_memo)->opened = 1;
		return 2;
	case PIO_UNIMAPCLR:
		tputs(", ");
		print_unimapinit(t, arg);
		return 1;
	case PIO_CMAP:
		tputs(", ");
		print_table(t, arg, 48);
		return 1;
	case PIO_SCRNMAP:
		tputs(", ");
		print_table(t, arg, E_TABSZ);
		return 1;
	case PIO_FONT:
		tputs(", ");
		print_table(t, arg, 8192);
		return 1;
	case PIO_UNISCRNMAP:
		tputs(", ");
		print_uniscrnmap(t, arg);
		return 1;
	case PIO_FONTX:
		tputs(", ");
		print_fontdesc(t, arg, 1);
		return 1;
	case PIO_UNIMAP:
		tputs(", ");
		print_unimapdesc(t, arg, 1);
		return 1;
	case KDFONTOP:
		tputs(", ");
		return font_op_entry(t, arg);
	case GIO_FONTX:
		tputs(", ");
		if (print_fontdesc(t, arg, 0) == 0)
			call_memo(t, struct ioctl_memo)->opened = 1;
		return 2;
	case GIO_UNIMAP:
	case KDGKBDIACR:
	case KDGKBDIACRUC:
		tputs(", ");
		return 3;	/* all at exit */
	case KDSKBENT:
	case KDGKBENT:
		tputs(", ");
		return kbentry_entry(t, arg, req == KDSKBENT);
	case KDSKBSENT:
	case KDGKBSENT:
		tputs(", ");
		return kbsentry_entry(t, arg, req == KDSKBSENT);
	case KDSKBDIACR:
	case KDSKBDIACRUC:
		tputs(", ");
		print_diacrs(t, arg, req == KDSKBDIACRUC);
		return 1;
	}
	return 0;
}

/* KDGKBENT's value, KDGKBSENT's string, then the brace the entry left open */
static void kb_get_exit(struct tracee *t, uint32_t req, uint64_t arg)
{
	static unsigned char b[513];

	if (!call_memo(t, struct ioctl_memo)->opened)
		return;
	if (!t->err && req == KDGKBENT && umoven(t, arg, 4, b) == 0) {
		tputs(", kb_value=");
		print_key_sym(get16(b + 2));
	} else if (!t->err && req == KDGKBSENT) {
		tputs(", kb_string=");
		printstr(t, arg + 1);
	}
	tputc('}');
}

/* The exit of an entry that answered 2 or 3: 1 when it was one of these. */
int ioctl_kd_exit2(struct tracee *t, uint32_t req, uint64_t arg)
{
	int32_t r[2];

	switch (req) {
	case KDKBDREP:
		if (!t->err && read_repeat(t, arg, r) == 0)
			tprintf(" => {delay=%d, period=%d}", r[0], r[1]);
		return 1;
	case GIO_FONTX:
		if (!t->err && call_memo(t, struct ioctl_memo)->opened) {
			tputs(" => ");
			print_fontdesc(t, arg, 1);
		}
		return 1;
	case GIO_UNIMAP:
		print_unimapdesc(t, arg, !t->err);
		return 1;
	case KDFONTOP:
		font_op_exit(t, arg);
		return 1;
	case KDGKBDIACR:
	case KDGKBDIACRUC:
		if (t->err)
			printaddr(arg);
		else
			print_diacrs(t, arg, req == KDGKBDIACRUC);
		return 1;
	case KDGKBENT:
	case KDGKBSENT:
		kb_get_exit(t, req, arg);
		return 1;
	}
	return 0;
}

/* The requests that fill in their argument: 1 when printed. */
int ioctl_kd_exit(struct tracee *t, uint32_t req, uint64_t arg)
{
	unsigned char c;
	uint32_t v;

	switch (req) {
	case KDGETMODE:
	case KDGKBMODE:
	case KDGKBMETA:
	case KDGKBTYPE:
	case KDGETLED:
	case KDGKBLED:
	case GIO_CMAP:
	case GIO_SCRNMAP:
	case GIO_FONT:
	case GIO_UNISCRNMAP:
		break;
	default:
		return 0;
	}
	tputs(", ");
	if (t->err) {
		printaddr(arg);
		return 1;
	}
	switch (req) {
	case GIO_CMAP:
		print_table(t, arg, 48);
		return 1;
	case GIO_SCRNMAP:
		print_table(t, arg, E_TABSZ);
		return 1;
	case GIO_FONT:
		print_table(t, arg, 8192);
		return 1;
	case GIO_UNISCRNMAP:
		print_uniscrnmap(t, arg);
		return 1;
	case KDGETLED:
	case KDGKBLED:
	case KDGKBTYPE:
		if (umove_or_printaddr(t, arg, 1, &c) < 0)
			return 1;
		tputc('[');
		if (req == KDGETLED)
			printflags(&xlat_kd_leds, c, NULL);
		else if (req == KDGKBLED)
			print_kbd_leds(c);
		else
			printxval(&xlat_kd_kbd_types, c, NULL);
		tputc(']');
		return 1;
	}
	if (umove_or_printaddr(t, arg, sizeof(v), &v) < 0)
		return 1;
	tputc('[');
	if (req == KDGETMODE)
		printxval(&xlat_kd_modes, v, NULL);
	else if (req == KDGKBMODE)
		print_kbd_mode(v);
	else
		printxval(&xlat_kd_meta, v, NULL);
	tputc(']');
	return 1;
}
