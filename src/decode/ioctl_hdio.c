/*
 * ioctl_hdio.c: the old IDE/ATA disk requests (HDIO_*) as strace prints them: the settings
 * passed by value, the ones the kernel writes back as longs, the geometry, and the
 * HDIO_DRIVE_CMD task with what the drive answered. Command, bus state and "nice" names
 * are data (xlat/hdio_*.list).
 */
#include <linux/hdreg.h>
#include <string.h>

#include "decode.h"

/* 1<<IDE_NICE_ATAPI_OVERLAP|1<<IDE_NICE_2: the bits by number; the rest in hex */
static void nice_names(uint64_t v)
{
	const struct xlat *x = &xlat_hdio_nice_bits;
	uint64_t rest = v;
	int n = 0;

	for (unsigned i = 0; i < x->n; i++) {
		uint64_t bit = 1ULL << x->e[i].val;

		if (!(v & bit))
			continue;
		if (n++)
			print_flag_sep();
		print_const_fmt("1<<%s", x->e[i].name);
		rest &= ~bit;
	}
	if (!n && v) {
		tprintf("%#" PRIx64 " /* IDE_NICE_??? */", v);
		return;
	}
	if (rest)
		tprintf("|%#" PRIx64, rest);
	else if (!n)
		tputc('0');
}

static int nice_named(uint64_t v)
{
	const struct xlat *x = &xlat_hdio_nice_bits;

	for (unsigned i = 0; i < x->n; i++)
		if (v & (1ULL << x->e[i].val))
			return 1;
	return 0;
}

static void print_nice(uint64_t v)
{
	if (!v || (!nice_named(v) && !xlat_raw())) {
		nice_names(v);	/* 0, or a value with no name: the same in every style */
		return;
	}
	if (!print_number_styled("%#llx", v, nice_names))
		nice_names(v);
}

/* A long the kernel wrote: [N], or [name] for the bus state and the nice flags. */
static void print_long_out(struct tracee *t, uint32_t req, uint64_t arg)
{
	uint64_t v = 0;

	if (umove_or_printaddr(t, arg, (size_t)tracee_word_bits(t) / 8, &v) < 0)
		return;
	tputc('[');
	if (req == HDIO_GET_BUSSTATE)
		printxval(&xlat_hdio_busstates, v, NULL);
	else if (req == HDIO_GET_NICE)
		print_nice(v);
	else
		tprintf("%" PRIu64, v);
	tputc(']');
}

/* struct hd_geometry: heads, sectors (bytes), cylinders (short), start (long) */
static void print_geometry(struct tracee *t, uint64_t arg)
{
	unsigned char b[16];
	unsigned w = tracee_word_bits(t) / 8;

	if (umove_or_printaddr(t, arg, 8 + w, b) < 0)
		return;
	tprintf("{heads=%u, sectors=%u, cylinders=%u, start=%" PRIu64 "}", b[0], b[1],
		get16(b + 2), w == 8 ? get64(b + 8) : get32(b + 4));
}

/* HDIO_DRIVE_CMD's four bytes: command, sector number, feature, sector count */
static int drive_cmd_entry(struct tracee *t, uint64_t arg)
{
	unsigned char c[4];

	if (umove_or_printaddr(t, arg, sizeof(c), c) < 0)
		return 1;
	tputs("{command=");
	printxval(&xlat_hdio_ata_cmds, c[0], "ATA_CMD_???");
	tprintf(", sector_number=%u, feature=%u, sector_count=%u}", c[1], c[2], c[3]);
	call_memo(t, struct ioctl_memo)->len = c[3];
	call_memo(t, struct ioctl_memo)->opened = 1;
	return 2;
}

/* => {status, error, nsector, and the sectors read after the four bytes} */
static void drive_cmd_exit(struct tracee *t, uint64_t arg)
{
	struct ioctl_memo *m = call_memo(t, struct ioctl_memo);
	unsigned char c[4];

	if (!m->opened || t->err || umoven(t, arg, sizeof(c), c) < 0)
		return;
	tprintf(" => {status=%#x, error=%u, nsector=%u", c[0], c[1], c[2]);
	if (m->len) {
		tputs(", buf=");
		printstr_n_flags(t, arg + 4, (uint64_t)m->len * 512, QUOTE_FORCE_HEX);
	}
	tputc('}');
}

/* three ints in hex: HDIO_DRIVE_RESET's and HDIO_SCAN_HWIF's arguments, read one by one */
static void print_three_hex(struct tracee *t, uint64_t arg)
{
	uint32_t v;

	if (umove_or_printaddr(t, arg, sizeof(v), &v) < 0)
		return;
	tputc('[');
	for (int i = 0; i < 3; i++) {
		if (i)
			tputs(", ");
		if (style_abbrev() && i >= opt.max_strlen) {
			tputs("...");
			break;
		}
		if (i && umoven(t, arg + 4 * i, sizeof(v), &v) < 0) {
			tprintf("... /* %#" PRIx64 " */", arg + 4 * i);
			break;
		}
		printnum_hex(v);
	}
	tputc(']');
}

/* Entry: 1 when printed, 2 when the exit adds to it. */
int ioctl_hdio_entry(struct tracee *t, uint32_t req, uint64_t arg)
{
	switch (req) {
	case HDIO_SET_32BIT:
	case HDIO_SET_ACOUSTIC:
	case HDIO_SET_ADDRESS:
	case HDIO_SET_DMA:
	case HDIO_SET_KEEPSETTINGS:
	case HDIO_SET_MULTCOUNT:
	case HDIO_SET_NOWERR:
	case HDIO_SET_PIO_MODE:
	case HDIO_SET_UNMASKINTR:
	case HDIO_SET_WCACHE:
	case HDIO_UNREGISTER_HWIF:
		tprintf(", %" PRIu64, arg);
		return 1;
	case HDIO_SET_BUSSTATE:
		tputs(", ");
		printxval(&xlat_hdio_busstates, arg, NULL);
		return 1;
	case HDIO_SET_NICE:
		tputs(", ");
		print_nice(arg);
		return 1;
	case HDIO_DRIVE_RESET:
	case HDIO_SCAN_HWIF:
		tputs(", ");
		print_three_hex(t, arg);
		return 1;
	case HDIO_DRIVE_CMD:
		tputs(", ");
		return drive_cmd_entry(t, arg);
	}
	return 0;
}

int ioctl_hdio_exit2(struct tracee *t, uint32_t req, uint64_t arg)
{
	if (req != HDIO_DRIVE_CMD)
		return 0;
	drive_cmd_exit(t, arg);
	return 1;
}

/* The requests that fill in their argument: 1 when printed. */
int ioctl_hdio_exit(struct tracee *t, uint32_t req, uint64_t arg)
{
	switch (req) {
	case HDIO_GET_UNMASKINTR:
	case HDIO_GET_MULTCOUNT:
	case HDIO_GET_KEEPSETTINGS:
	case HDIO_GET_32BIT:
	case HDIO_GET_NOWERR:
	case HDIO_GET_DMA:
	case HDIO_GET_NICE:
	case HDIO_GET_WCACHE:
	case HDIO_GET_ACOUSTIC:
	case HDIO_GET_ADDRESS:
	case HDIO_GET_BUSSTATE:
	case HDIO_GETGEO:
	case HDIO_GET_IDENTITY:
	case HDIO_OBSOLETE_IDENTITY:
		break;
	default:
		return 0;
	}
	tputs(", ");
	if (t->err)
		printaddr(arg);
	else if (req == HDIO_GETGEO)
		print_geometry(t, arg);
	else if (req == HDIO_GET_IDENTITY)
		printstr_n(t, arg, 512);
	else if (req == HDIO_OBSOLETE_IDENTITY)
		printstr_n(t, arg, 142);	/* the identity's first 142 bytes, its old size */
	else
		print_long_out(t, req, arg);
	return 1;
}
