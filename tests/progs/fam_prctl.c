/*
 * fam_prctl.c: prctl options with the arguments each one takes, plus unused, unknown and
 * unreadable ones, for comparing how strc and strace print each option. Raw syscalls, so
 * libc adds nothing around them; options the kernel refuses still show their decoding.
 */
#include <linux/prctl.h>
#include <stdint.h>
#include <sys/syscall.h>
#include <unistd.h>

#define BAD 1UL

/* Newer than the build machine's headers may be. */
#ifndef PR_SET_MDWE
#define PR_SET_MDWE 65
#define PR_GET_MDWE 66
#endif
#ifndef PR_SET_MEMORY_MERGE
#define PR_SET_MEMORY_MERGE 67
#define PR_GET_MEMORY_MERGE 68
#endif
#ifndef PR_RISCV_V_SET_CONTROL
#define PR_RISCV_V_SET_CONTROL 69
#endif
#ifndef PR_GET_AUXV
#define PR_GET_AUXV 0x41555856
#endif

static long pr(long op, unsigned long a, unsigned long b, unsigned long c, unsigned long d)
{
	return syscall(SYS_prctl, op, a, b, c, d);
}

/* Getters: most return a value, some write it through the second argument. */
static void getters(void)
{
	int v;
	unsigned long w;

	pr(PR_GET_KEEPCAPS, 0, 0, 0, 0);
	pr(PR_GET_KEEPCAPS, 7, 8, 9, 10);
	pr(PR_GET_SECUREBITS, 0, 0, 0, 0);
	pr(PR_GET_TIMERSLACK, 0, 0, 0, 0);
	pr(PR_GET_CHILD_SUBREAPER, (unsigned long)&v, 0, 0, 0);
	pr(PR_GET_CHILD_SUBREAPER, BAD, 0, 0, 0);
	pr(PR_GET_NO_NEW_PRIVS, 0, 0, 0, 0);
	pr(PR_GET_NO_NEW_PRIVS, 1, 2, 3, 4);
	pr(PR_GET_THP_DISABLE, 0, 0, 0, 0);
	pr(PR_GET_TID_ADDRESS, (unsigned long)&w, 0, 0, 0);
	pr(PR_GET_TIMING, 0, 0, 0, 0);
	pr(PR_GET_TSC, (unsigned long)&v, 0, 0, 0);
	pr(PR_GET_TSC, BAD, 0, 0, 0);
	pr(PR_GET_FP_MODE, 0, 0, 0, 0);
	pr(PR_GET_IO_FLUSHER, 0, 0, 0, 0);
	pr(PR_GET_SPECULATION_CTRL, PR_SPEC_STORE_BYPASS, 0, 0, 0);
	pr(PR_GET_SPECULATION_CTRL, PR_SPEC_INDIRECT_BRANCH, 0, 0, 0);
	pr(PR_GET_SPECULATION_CTRL, 99, 0, 0, 0);
	pr(PR_GET_TAGGED_ADDR_CTRL, 0, 0, 0, 0);
	pr(PR_GET_MDWE, 0, 0, 0, 0);
	pr(PR_MCE_KILL_GET, 0, 0, 0, 0);
	pr(PR_GET_UNALIGN, (unsigned long)&v, 0, 0, 0);
	pr(PR_GET_ENDIAN, (unsigned long)&v, 0, 0, 0);
	pr(PR_GET_FPEMU, (unsigned long)&v, 0, 0, 0);
	pr(PR_GET_FPEXC, (unsigned long)&v, 0, 0, 0);
	pr(PR_SVE_GET_VL, 0, 0, 0, 0);
	pr(PR_SME_GET_VL, 0, 0, 0, 0);
	pr(PR_PAC_GET_ENABLED_KEYS, 0, 0, 0, 0);
	pr(PR_GET_AUXV, (unsigned long)&w, sizeof(w), 0, 0);
	pr(PR_GET_MEMORY_MERGE, 0, 0, 0, 0);
}

/* Setters and commands with sub-commands. */
static void setters(void)
{
	pr(PR_SET_KEEPCAPS, 0, 0, 0, 0);
	pr(PR_SET_KEEPCAPS, 1, 5, 6, 7);
	pr(PR_SET_SECUREBITS, 0x2f, 0, 0, 0);
	pr(PR_SET_TIMERSLACK, 50000, 0, 0, 0);
	pr(PR_SET_CHILD_SUBREAPER, 0, 0, 0, 0);
	pr(PR_SET_THP_DISABLE, 0, 1, 2, 3);
	pr(PR_SET_TIMING, 0, 0, 0, 0);
	pr(PR_SET_TSC, PR_TSC_ENABLE, 0, 0, 0);
	pr(PR_SET_FP_MODE, 3, 0, 0, 0);
	pr(PR_SET_IO_FLUSHER, 0, 0, 0, 0);
	pr(PR_SET_SPECULATION_CTRL, PR_SPEC_STORE_BYPASS, PR_SPEC_ENABLE, 0, 0);
	pr(PR_SET_SPECULATION_CTRL, PR_SPEC_L1D_FLUSH, 0x20, 0, 0);
	pr(PR_SET_TAGGED_ADDR_CTRL, 1, 0, 0, 0);
	pr(PR_SET_MDWE, 1, 0, 0, 0);
	pr(PR_SET_MDWE, 6, 1, 0, 0);
	pr(PR_MCE_KILL, PR_MCE_KILL_SET, PR_MCE_KILL_EARLY, 0, 0);
	pr(PR_MCE_KILL, PR_MCE_KILL_CLEAR, 0, 0, 0);
	pr(PR_MCE_KILL, 7, 8, 0, 0);
	pr(PR_CAPBSET_DROP, 40, 0, 0, 0);
	pr(PR_CAP_AMBIENT, PR_CAP_AMBIENT_IS_SET, 21, 0, 0);
	pr(PR_CAP_AMBIENT, PR_CAP_AMBIENT_RAISE, 12, 0, 0);
	pr(PR_CAP_AMBIENT, PR_CAP_AMBIENT_LOWER, 99, 0, 0);
	pr(PR_CAP_AMBIENT, PR_CAP_AMBIENT_CLEAR_ALL, 0, 0, 0);
	pr(PR_CAP_AMBIENT, 9, 1, 2, 3);
	pr(PR_SVE_SET_VL, 16 | PR_SVE_VL_INHERIT, 0, 0, 0);
	pr(PR_SME_SET_VL, 32 | PR_SME_SET_VL_ONEXEC, 0, 0, 0);
	pr(PR_SET_UNALIGN, PR_UNALIGN_NOPRINT, 0, 0, 0);
	pr(PR_SET_ENDIAN, PR_ENDIAN_BIG, 0, 0, 0);
	pr(PR_SET_FPEMU, PR_FPEMU_SIGFPE, 0, 0, 0);
	pr(PR_SET_FPEXC, PR_FP_EXC_DIV | PR_FP_EXC_PRECISE, 0, 0, 0);
	pr(PR_SET_VMA, PR_SET_VMA_ANON_NAME, 0x10000, 0x1000, (unsigned long)"heap");
	pr(PR_SET_VMA, 5, 0, 0, 0);
	pr(PR_SCHED_CORE, PR_SCHED_CORE_GET, 0, PR_SCHED_CORE_SCOPE_THREAD, BAD);
	pr(PR_SCHED_CORE, PR_SCHED_CORE_CREATE, 0, PR_SCHED_CORE_SCOPE_PROCESS_GROUP, 0);
	pr(PR_SCHED_CORE, 9, 1, 2, 3);
	pr(PR_PAC_RESET_KEYS, 3, 0, 0, 0);
	pr(PR_PAC_SET_ENABLED_KEYS, 1, 2, 0, 0);
	pr(PR_SET_SYSCALL_USER_DISPATCH, PR_SYS_DISPATCH_OFF, 0, 0, 0);
	pr(PR_SET_MM, PR_SET_MM_START_CODE, 0x400000, 0, 0);
	pr(PR_SET_MM, 99, 0, 0, 0);
	pr(PR_SET_MEMORY_MERGE, 0, 0, 0, 0);
	pr(PR_RISCV_V_SET_CONTROL, 1, 0, 0, 0);
	pr(PR_TASK_PERF_EVENTS_DISABLE, 0, 0, 0, 0);
	pr(PR_TASK_PERF_EVENTS_ENABLE, 1, 2, 3, 4);
	pr(PR_MPX_ENABLE_MANAGEMENT, 0, 0, 0, 0);
	pr(PR_SET_PTRACER, 0, 0, 0, 0);
	pr(74, 0, 0, 0, 0);
	pr(75, 1, 0, 0, 0);
	pr(78, 0, 0, 0, 0);
	pr(0x7fff, 1, 2, 3, 4);
}

int main(void)
{
	getters();
	setters();
	return 0;
}
