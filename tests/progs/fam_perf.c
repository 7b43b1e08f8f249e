/*
 * fam_perf.c: perf_event_open with struct perf_event_attr of each common type, options,
 * unknown values and an unreadable pointer; traced in tests/integration/decode2.cmake.
 * Whether a call succeeds depends on perf_event_paranoid: failures print the same way.
 * "full" adds what -v shows (tests/integration/bpf.cmake): breakpoints, the fields that
 * depend on options and on the sample type, reserved bits and bytes, sizes of each version;
 * "e2big" passes a size larger than the kernel's, which it answers with its own; "tail"
 * the fields newer than strace 6.1 (aux bits, config3, config4) at sizes around them.
 */
#include <linux/hw_breakpoint.h>
#include <linux/perf_event.h>
#include <stdint.h>
#include <string.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

static long perf_open(struct perf_event_attr *a, int pid, unsigned long flags)
{
	return syscall(SYS_perf_event_open, a, pid, -1, -1, flags);
}

/* The fields after the option bits, each where it applies. */
static void full(void)
{
	static unsigned char big[256];
	struct perf_event_attr *a = (struct perf_event_attr *)big;
	static const unsigned sizes[] = { 32, 70, 88, 100, 110, 118, PERF_ATTR_SIZE_VER5 };

	a->type = PERF_TYPE_BREAKPOINT;
	a->size = PERF_ATTR_SIZE_VER7;
	a->bp_type = HW_BREAKPOINT_W;
	a->bp_addr = 0x1000;
	a->bp_len = HW_BREAKPOINT_LEN_4;
	a->watermark = 1;
	a->wakeup_watermark = 9;
	a->use_clockid = 1;
	a->clockid = CLOCK_MONOTONIC;
	a->sample_type = PERF_SAMPLE_BRANCH_STACK | PERF_SAMPLE_STACK_USER | PERF_SAMPLE_REGS_USER;
	a->branch_sample_type = PERF_SAMPLE_BRANCH_ANY | PERF_SAMPLE_BRANCH_USER;
	a->sample_stack_user = 512;
	a->sample_regs_user = 0xff;
	a->sample_max_stack = 127;
	a->aux_watermark = 4096;
	a->aux_sample_size = 64;
	a->sig_data = 0x55;
	perf_open(a, 0, 0);
	a->__reserved_2 = 3;
	a->__reserved_3 = 4;
	a->__reserved_1 = 1;
	a->bp_type = 0xff;
	perf_open(a, 0, 0);
	for (unsigned i = 0; i < sizeof(sizes) / sizeof(sizes[0]); i++) {
		a->size = sizes[i];
		perf_open(a, 0, 0);
	}
	memset(big, 0, sizeof(big));
	a->type = PERF_TYPE_RAW;
	a->size = PERF_ATTR_SIZE_VER7;
	a->config = 0x1234;
	a->config1 = 0x10;
	a->config2 = 0x20;
	memset(big + 40, 0xff, 8);	/* every option bit, precise_ip 3 */
	a->clockid = 77;
	a->read_format = ~0ull;
	a->sample_type = ~0ull;
	a->branch_sample_type = ~0ull;
	perf_open(a, 0, 0);
	a->clockid = -1;
	a->freq = 0;
	a->type = PERF_TYPE_TRACEPOINT;
	perf_open(a, 0, 0);
}

/* The kernel writes the size it knows back: strace 6.1 does not name VER8 (Linux 6.3). */
static void e2big(void)
{
	static unsigned char big[256];
	struct perf_event_attr *a = (struct perf_event_attr *)big;

	a->type = PERF_TYPE_SOFTWARE;
	a->size = 200;
	big[150] = 1;
	perf_open(a, 0, 0);
}

/*
 * The struct's tail past 6.1's knowledge (Linux 6.13 on): the aux bits at byte 116 with
 * reserved ones set, config3 and config4, sizes between and past the versions.
 */
static void tail(void)
{
	static const uint32_t sizes[] = { 120, 128, 132, 136, 140, 144, 152 };
	static unsigned char big[256];
	struct perf_event_attr *a = (struct perf_event_attr *)big;

	for (unsigned i = 0; i < sizeof(sizes) / sizeof(sizes[0]); i++) {
		memset(big, 0, sizeof(big));
		a->type = PERF_TYPE_SOFTWARE;
		a->size = sizes[i];
		big[116] = 0xf5;	/* aux_start_paused, aux_resume, reserved bits */
		big[117] = 1;
		big[128] = 3;		/* config3 */
		big[136] = 4;		/* config4 */
		big[148] = 9;		/* past config4 */
		perf_open(a, 0, 0);
	}
}

int main(int argc, char **argv)
{
	struct perf_event_attr a;
	long fd;

	if (argc > 1 && strcmp(argv[1], "tail") == 0) {
		tail();
		return 0;
	}

	if (argc > 1 && strcmp(argv[1], "full") == 0) {
		full();
		return 0;
	}
	if (argc > 1 && strcmp(argv[1], "e2big") == 0) {
		e2big();
		return 0;
	}

	memset(&a, 0, sizeof(a));
	a.type = PERF_TYPE_SOFTWARE;
	a.size = sizeof(a);
	a.config = PERF_COUNT_SW_TASK_CLOCK;
	a.disabled = 1;
	a.exclude_kernel = 1;
	fd = perf_open(&a, 0, PERF_FLAG_FD_CLOEXEC);
	if (fd >= 0)
		close(fd);
	a.type = PERF_TYPE_HARDWARE;
	a.config = PERF_COUNT_HW_INSTRUCTIONS;
	perf_open(&a, -1, 0);
	perf_open((void *)8, 0, 0);
	a.size = PERF_ATTR_SIZE_VER0;
	a.config = PERF_COUNT_HW_CPU_CYCLES;
	a.freq = 1;
	a.sample_freq = 4000;
	a.sample_type = PERF_SAMPLE_IP | PERF_SAMPLE_TID;
	a.read_format = PERF_FORMAT_ID;
	a.inherit = 1;
	a.mmap = 1;
	a.comm = 1;
	a.precise_ip = 2;
	a.wakeup_events = 5;
	a.config1 = 7;
	perf_open(&a, 0, 0);
	a.type = 77;
	a.size = 0;
	a.config = 0x1234;
	perf_open(&a, 0, 0x40);
	a.type = PERF_TYPE_TRACEPOINT;
	a.size = sizeof(a);
	a.config = 12;
	perf_open(&a, 0, PERF_FLAG_FD_NO_GROUP);
	a.type = PERF_TYPE_HW_CACHE;
	a.config = PERF_COUNT_HW_CACHE_L1D | (PERF_COUNT_HW_CACHE_OP_READ << 8) |
		   (PERF_COUNT_HW_CACHE_RESULT_MISS << 16);
	perf_open(&a, 0, 0);
	return 0;
}
