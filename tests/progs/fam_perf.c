/*
 * fam_perf.c: perf_event_open with struct perf_event_attr of each common type, options,
 * unknown values and an unreadable pointer; traced in tests/integration/decode2.cmake.
 * Whether a call succeeds depends on perf_event_paranoid: failures print the same way.
 */
#include <linux/perf_event.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>

static long perf_open(struct perf_event_attr *a, int pid, unsigned long flags)
{
	return syscall(SYS_perf_event_open, a, pid, -1, -1, flags);
}

int main(void)
{
	struct perf_event_attr a;
	long fd;

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
