/*
 * perf.c: perf_event_open's struct perf_event_attr, in strace's short form: the leading
 * fields, the one-bit options that are set (precise_ip always, with what it means), then
 * "...".
 */
#include <string.h>

#include "decode.h"

enum { PERF_ATTR_HEAD = 48 };	/* type .. the option bits: what the short form shows */

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
enum { PRECISE_IP_BIT = 15, FREQ_BIT = 10 };

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

static void print_perf_bits(uint64_t bits)
{
	unsigned precise = (bits >> PRECISE_IP_BIT) & 3;

	for (unsigned i = 0; i < sizeof(perf_bits) / sizeof(perf_bits[0]); i++) {
		if (i == PRECISE_IP_BIT)
			tprintf(", precise_ip=%u /* %s */", precise, precise_ip_text[precise]);
		if (perf_bits[i] && (bits >> i & 1))
			tprintf(", %s=1", perf_bits[i]);
	}
}

static void print_perf_attr(struct tracee *t, uint64_t addr)
{
	unsigned char b[PERF_ATTR_HEAD];
	uint32_t type, size;
	uint64_t v[5];

	if (umove_or_printaddr(t, addr, sizeof(b), b) < 0)
		return;
	memcpy(&type, b, 4);
	memcpy(&size, b + 4, 4);
	memcpy(v, b + 8, sizeof(v));
	tputs("{type=");
	printxval(&xlat_perf_type_ids, type, "PERF_TYPE_???");
	tputs(", size=");
	printxval(&xlat_perf_attr_sizes, size, NULL);
	tputs(", config=");
	print_perf_config(type, v[0]);
	tprintf(", %s=%" PRIu64, (v[4] >> FREQ_BIT & 1) ? "sample_freq" : "sample_period", v[1]);
	tputs(", sample_type=");
	printflags(&xlat_perf_sample_types, v[2], "PERF_SAMPLE_???");
	tputs(", read_format=");
	printflags(&xlat_perf_read_formats, v[3], "PERF_FORMAT_???");
	print_perf_bits(v[4]);
	tputs(", ...}");
}

int dec_perf_event_open(struct tracee *t)
{
	if (exiting(t))
		return 0;
	print_perf_attr(t, arg_ulong(t, 0));
	print_args(t, 1, 5);
	return DEC_DONE;
}
