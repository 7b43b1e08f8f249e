/*
 * perf.c: perf_event_open's struct perf_event_attr. strace's short form: the leading
 * fields, the one-bit options that are set (precise_ip always, with what it means), then
 * "..."; with -v every field the size covers, those that depend on the type, the sample
 * type or an option only where they apply.
 */
#include <string.h>

#include "decode.h"

enum {
	PERF_ATTR_VER0 = 64,	/* the smallest struct the kernel takes */
	PERF_ATTR_KNOWN = 144,	/* up to config4: the fields -v shows */
	PERF_ATTR_ABBREV = 48,	/* up to the option bits: the fields shown without -v */
	PERF_TYPE_BREAKPOINT_ID = 5,
	SAMPLE_BRANCH_STACK = 1 << 11,
	SAMPLE_STACK_USER = 1 << 13,
};

/* The option bitfields after read_format, from bit 0; precise_ip takes bits 15-16. */
static const char *const perf_bits[] = {
	"disabled", "inherit", "pinned", "exclusive", "exclude_user", "exclude_kernel",
	"exclude_hv", "exclude_idle", "mmap", "comm", "freq", "inherit_stat",
	"enable_on_exec", "task", "watermark", NULL, NULL, "mmap_data", "sample_id_all",
	"exclude_host", "exclude_guest", "exclude_callchain_kernel", "exclude_callchain_user",
	"mmap2", "comm_exec", "use_clockid", "context_switch", "write_backward", "namespaces",
	"ksymbol", "bpf_event", "aux_output", "cgroup", "text_poke", "build_id",
	"inherit_thread", "remove_on_exec", "sigtrap",
};
enum { PRECISE_IP_BIT = 15, FREQ_BIT = 10, WATERMARK_BIT = 14, USE_CLOCKID_BIT = 25,
       RESERVED_1_BIT = 38 };

static const char *const precise_ip_text[] = {
	"arbitrary skid", "constant skid", "requested to have 0 skid", "must have 0 skid",
};

static void print_perf_config(uint32_t type, uint64_t config)
{
	switch (type) {
	case 0:	/* PERF_TYPE_HARDWARE */
		printxval(&xlat_perf_hw_ids, config, "PERF_COUNT_HW_???");
		return;
	case 1:	/* PERF_TYPE_SOFTWARE */
		printxval(&xlat_perf_sw_ids, config, "PERF_COUNT_SW_???");
		return;
	case 2:	/* PERF_TYPE_TRACEPOINT: an id from tracefs */
		tprintf("%" PRIu64, config);
		return;
	case 3:	/* PERF_TYPE_HW_CACHE: result<<16|op<<8|cache */
		printxval(&xlat_perf_hw_cache_op_result_ids, (config >> 16) & 0xff,
			  "PERF_COUNT_HW_CACHE_RESULT_???");
		tputs("<<16|");
		printxval(&xlat_perf_hw_cache_op_ids, (config >> 8) & 0xff,
			  "PERF_COUNT_HW_CACHE_OP_???");
		tputs("<<8|");
		printxval(&xlat_perf_hw_cache_ids, config & 0xff, "PERF_COUNT_HW_CACHE_???");
		return;
	}
	printnum_hex(config);
}

/* Short form: the bits that are set; -v: every one. precise_ip always, with its meaning. */
static void print_perf_bits(uint64_t bits)
{
	unsigned precise = (bits >> PRECISE_IP_BIT) & 3;

	for (unsigned i = 0; i < sizeof(perf_bits) / sizeof(perf_bits[0]); i++) {
		if (i == PRECISE_IP_BIT)
			tprintf(", precise_ip=%u /* %s */", precise, precise_ip_text[precise]);
		if (perf_bits[i] && (!style_abbrev() || (bits >> i & 1)))
			tprintf(", %s=%u", perf_bits[i], (unsigned)(bits >> i & 1));
	}
	if (bits >> RESERVED_1_BIT)
		tprintf(", __reserved_1=%#" PRIx64 " /* Bits 63..%u */", bits >> RESERVED_1_BIT,
			RESERVED_1_BIT);
}

static void print_hex_field(const char *name, uint64_t v)
{
	tprintf(", %s=", name);
	printnum_hex(v);
}

/* A reserved field that is not zero, after the field it follows. */
static void print_reserved(const unsigned char *b, unsigned off, unsigned len)
{
	uint64_t v = len == 2 ? (uint16_t)get32(b + off) : get32(b + off);

	if (v)
		tprintf(" /* bytes %u..%u: %#" PRIx64 " */", off, off + len - 1, v);
}

/* -v: the fields after the option bits that the size covers, and those that apply. */
static void print_perf_rest(const unsigned char *b, unsigned size)
{
	uint32_t type = get32(b + 0);
	uint64_t sample_type = get64(b + 24), bits = get64(b + 40);

	tprintf(", %s=%u", (bits >> WATERMARK_BIT & 1) ? "wakeup_watermark" : "wakeup_events",
		get32(b + 48));
	if (type == PERF_TYPE_BREAKPOINT_ID) {
		tputs(", bp_type=");
		printxval(&xlat_hw_breakpoint_types, get32(b + 52), "HW_BREAKPOINT_???");
		print_hex_field("bp_addr", get64(b + 56));
		if (size > 64)
			tprintf(", bp_len=%" PRIu64, get64(b + 64));
	} else {
		print_hex_field("config1", get64(b + 56));
		if (size > 64)
			print_hex_field("config2", get64(b + 64));
	}
	if (size > 72 && (sample_type & SAMPLE_BRANCH_STACK)) {
		tputs(", branch_sample_type=");
		printflags(&xlat_perf_branch_sample_types, get64(b + 72), "PERF_SAMPLE_BRANCH_???");
	}
	if (size > 80)
		print_hex_field("sample_regs_user", get64(b + 80));
	if (size > 88 && (sample_type & SAMPLE_STACK_USER))
		print_hex_field("sample_stack_user", get32(b + 88));
	if (size > 92 && (bits >> USE_CLOCKID_BIT & 1)) {
		tputs(", clockid=");
		printxval(&xlat_clockids, get32(b + 92), "CLOCK_???");
	}
	if (size > 96)
		print_hex_field("sample_regs_intr", get64(b + 96));
	if (size > 104)
		tprintf(", aux_watermark=%u", get32(b + 104));
	if (size > 108) {
		tprintf(", sample_max_stack=%u", (uint16_t)get32(b + 108));
		print_reserved(b, 110, 2);
	}
	if (size > 112) {
		uint32_t aux = get32(b + 116);

		tprintf(", aux_sample_size=%u", get32(b + 112));
		tprintf(", aux_start_paused=%u, aux_pause=%u, aux_resume=%u", aux & 1,
			aux >> 1 & 1, aux >> 2 & 1);
		if (aux >> 3)	/* the reserved bits after the three, numbered in the struct */
			tprintf(", __reserved_3=%#x /* Bits %u..%u */", aux >> 3, 116 * 8 + 3,
				116 * 8 + 31);
	}
	if (size > 120)
		print_hex_field("sig_data", get64(b + 120));
	if (size > 128)
		print_hex_field("config3", get64(b + 128));
	if (size > 136)
		print_hex_field("config4", get64(b + 136));
}

/* The size the kernel goes by: 0 means the first version's. */
static unsigned perf_attr_size(uint32_t size)
{
	return size ? size : PERF_ATTR_VER0;
}

/* What perf_event_open's entry leaves for its exit (call_memo). */
struct perf_memo {
	int opened;	/* the struct was read and opened */
	uint32_t size;	/* the size passed */
};

/*
 * Entry prints up to size: on E2BIG the kernel writes the size it knows there, which
 * exit shows as "size=0xc8 => 0x88" before the rest.
 */
/* How much of the struct shows: strace reads that much at entry, and prints the address
 * when it cannot. */
static unsigned perf_attr_shown(uint32_t size)
{
	if (style_abbrev())
		return PERF_ATTR_ABBREV;
	return perf_attr_size(size) < PERF_ATTR_KNOWN ? perf_attr_size(size) : PERF_ATTR_KNOWN;
}

static void print_perf_attr_head(struct tracee *t, uint64_t addr)
{
	struct perf_memo *m = call_memo(t, struct perf_memo);
	unsigned char b[PERF_ATTR_KNOWN];
	uint32_t type, size;

	if (umoven(t, addr, 8, b) < 0) {
		printaddr(addr);
		return;
	}
	memcpy(&type, b, 4);
	memcpy(&size, b + 4, 4);
	if (perf_attr_size(size) < PERF_ATTR_VER0 ||
	    umoven(t, addr, perf_attr_shown(size), b) < 0) {
		printaddr(addr);
		return;
	}
	line_args_defer();	/* strace shows a readable attr at exit (read at entry) */
	tputs("{type=");
	printxval(&xlat_perf_type_ids, type, "PERF_TYPE_???");
	tputs(", size=");
	printxval(&xlat_perf_attr_sizes, size, NULL);
	m->opened = 1;
	m->size = size;
}

static void print_perf_attr_tail(struct tracee *t, uint64_t addr)
{
	unsigned char b[PERF_ATTR_KNOWN];
	uint32_t passed = call_memo(t, struct perf_memo)->size;
	unsigned size = perf_attr_size(passed);
	uint32_t type, now;
	uint64_t v[5];

	memset(b, 0, sizeof(b));
	if (umoven(t, addr, perf_attr_shown(passed), b) < 0) {
		tputs(", ...}");
		return;
	}
	now = get32(b + 4);
	if (now != passed) {
		tputs(" => ");
		printxval(&xlat_perf_attr_sizes, now, NULL);
	}
	type = get32(b + 0);
	memcpy(v, b + 8, sizeof(v));
	tputs(", config=");
	print_perf_config(type, v[0]);
	tprintf(", %s=%" PRIu64, (v[4] >> FREQ_BIT & 1) ? "sample_freq" : "sample_period", v[1]);
	tputs(", sample_type=");
	printflags(&xlat_perf_sample_types, v[2], "PERF_SAMPLE_???");
	tputs(", read_format=");
	printflags(&xlat_perf_read_formats, v[3], "PERF_FORMAT_???");
	print_perf_bits(v[4]);
	if (!style_abbrev())
		print_perf_rest(b, size);
	if (style_abbrev() || size > PERF_ATTR_KNOWN)
		tputs(", ...");
	tputc('}');
}

int dec_perf_event_open(struct tracee *t)
{
	if (entering(t)) {
		print_perf_attr_head(t, arg_ulong(t, 0));
		if (call_memo(t, struct perf_memo)->opened)
			return 0;
		print_args(t, 1, 5);
		return DEC_DONE;
	}
	if (call_memo(t, struct perf_memo)->opened)
		print_perf_attr_tail(t, arg_ulong(t, 0));
	print_args(t, 1, 5);
	return 0;
}
