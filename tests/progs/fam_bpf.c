/*
 * fam_bpf.c: what strace decodes of BPF; traced in tests/integration/bpf.cmake.
 * With no argument: bpf(2) — a map created, updated, looked up and deleted from, a trivial
 * socket filter loaded with a log buffer, object info, ids, pinning, attaching, test runs,
 * then bad commands, sizes smaller and larger than the union and unreadable attributes.
 * With "cbpf": classic BPF — a socket filter attached with SO_ATTACH_FILTER and a seccomp
 * filter installed by a forked child, both with prctl and seccomp(2).
 */
#include <fcntl.h>
#include <linux/bpf.h>
#include <linux/filter.h>
#include <linux/seccomp.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

static long sys_bpf(int cmd, const void *attr, unsigned size)
{
	return syscall(SYS_bpf, cmd, attr, size);
}

static int map_calls(void)
{
	union bpf_attr a;
	uint32_t key = 0;
	uint64_t val = 42, out = 0;
	int fd;

	memset(&a, 0, sizeof(a));
	a.map_type = BPF_MAP_TYPE_ARRAY;
	a.key_size = sizeof(key);
	a.value_size = sizeof(val);
	a.max_entries = 1;
	strcpy(a.map_name, "strc_map");
	fd = sys_bpf(BPF_MAP_CREATE, &a, sizeof(a));
	memset(&a, 0, sizeof(a));
	a.map_fd = fd;
	a.key = (uintptr_t)&key;
	a.value = (uintptr_t)&val;
	a.flags = BPF_EXIST;
	sys_bpf(BPF_MAP_UPDATE_ELEM, &a, sizeof(a));
	a.value = (uintptr_t)&out;
	a.flags = BPF_ANY;
	sys_bpf(BPF_MAP_LOOKUP_ELEM, &a, sizeof(a));
	a.flags = 0;
	a.value = 0;
	sys_bpf(BPF_MAP_DELETE_ELEM, &a, sizeof(a));
	a.next_key = (uintptr_t)&out;
	sys_bpf(BPF_MAP_GET_NEXT_KEY, &a, sizeof(a));
	a.map_fd = fd;
	sys_bpf(BPF_MAP_FREEZE, &a, 4);
	return fd;
}

static int prog_load(void)
{
	static char log[4096];
	struct bpf_insn insns[] = {
		{ .code = BPF_ALU64 | BPF_MOV | BPF_K, .dst_reg = 0, .imm = 0 },
		{ .code = BPF_JMP | BPF_EXIT },
	};
	union bpf_attr a;

	memset(&a, 0, sizeof(a));
	a.prog_type = BPF_PROG_TYPE_SOCKET_FILTER;
	a.insn_cnt = 2;
	a.insns = (uintptr_t)insns;
	a.license = (uintptr_t)"GPL";
	a.log_level = 1;
	a.log_size = sizeof(log);
	a.log_buf = (uintptr_t)log;
	a.kern_version = (5 << 16) | (10 << 8) | 3;
	strcpy(a.prog_name, "strc_prog");
	return sys_bpf(BPF_PROG_LOAD, &a, sizeof(a));
}

/* Instructions the verifier refuses, for how -v names their parts. */
static void prog_load_odd(void)
{
	struct bpf_insn insns[] = {
		{ .code = BPF_LD | BPF_IMM | BPF_DW, .dst_reg = 1, .src_reg = 1, .imm = 3 },
		{ 0 },
		{ .code = BPF_ALU | BPF_X | BPF_ADD, .dst_reg = 2, .src_reg = 3, .off = -1, .imm = -5 },
		{ .code = BPF_STX | BPF_MEM | BPF_DW, .dst_reg = 10, .src_reg = 1, .off = -8 },
		{ .code = BPF_JMP | BPF_CALL, .imm = 1 },
		{ .code = BPF_JMP32 | BPF_JNE | BPF_X, .dst_reg = 11, .src_reg = 15, .off = 3 },
		{ .code = 0xff, .dst_reg = 0xf, .src_reg = 0xf },
		{ .code = BPF_LDX | BPF_MEM | BPF_W },
		{ .code = BPF_LD | 0x80 },
		{ .code = BPF_ST | BPF_MEM | BPF_B },
		{ .code = BPF_ALU64 | BPF_END | BPF_TO_BE },
		{ .code = BPF_STX | BPF_ATOMIC | BPF_W, .imm = BPF_ADD },
		{ .code = BPF_JMP | 0xd0 | BPF_X },
		{ .code = BPF_JMP | BPF_EXIT },
	};
	union bpf_attr a;

	memset(&a, 0, sizeof(a));
	a.prog_type = BPF_PROG_TYPE_SOCKET_FILTER;
	a.insn_cnt = sizeof(insns) / sizeof(insns[0]);
	a.insns = (uintptr_t)insns;
	a.license = (uintptr_t)"GPL";
	sys_bpf(BPF_PROG_LOAD, &a, sizeof(a));
	a.insn_cnt = 0;
	sys_bpf(BPF_PROG_LOAD, &a, sizeof(a));
	a.insn_cnt = 1;
	a.insns = 8;
	sys_bpf(BPF_PROG_LOAD, &a, sizeof(a));
}

static void obj_calls(int map, int prog)
{
	struct bpf_map_info info;
	union bpf_attr a;
	char in[14] = { 0 }, out[14];
	unsigned char big[120];
	uint32_t ids[4];

	memset(&a, 0, sizeof(a));
	memset(&info, 0, sizeof(info));
	a.info.bpf_fd = map;
	a.info.info_len = sizeof(info);
	a.info.info = (uintptr_t)&info;
	sys_bpf(BPF_OBJ_GET_INFO_BY_FD, &a, sizeof(a));
	a.info.info_len = 12;
	sys_bpf(BPF_OBJ_GET_INFO_BY_FD, &a, sizeof(a));
	memset(big, 7, sizeof(big));	/* past the kernel's struct: E2BIG */
	a.info.info_len = sizeof(big);
	a.info.info = (uintptr_t)big;
	sys_bpf(BPF_OBJ_GET_INFO_BY_FD, &a, sizeof(a));
	a.info.bpf_fd = 0;
	sys_bpf(BPF_OBJ_GET_INFO_BY_FD, &a, sizeof(a));
	memset(&a, 0, sizeof(a));
	a.start_id = 0xfffffff0;
	sys_bpf(BPF_PROG_GET_NEXT_ID, &a, sizeof(a));
	sys_bpf(BPF_MAP_GET_NEXT_ID, &a, 8);
	a.open_flags = BPF_F_RDONLY;
	sys_bpf(BPF_BTF_GET_NEXT_ID, &a, sizeof(a));
	memset(&a, 0, sizeof(a));
	a.prog_id = 0xfffffff0;
	sys_bpf(BPF_PROG_GET_FD_BY_ID, &a, sizeof(a));
	sys_bpf(BPF_MAP_GET_FD_BY_ID, &a, sizeof(a));
	sys_bpf(BPF_BTF_GET_FD_BY_ID, &a, 4);
	memset(&a, 0, sizeof(a));
	a.pathname = (uintptr_t)"/nonexistent/strc_map";
	a.bpf_fd = map;
	sys_bpf(BPF_OBJ_PIN, &a, sizeof(a));
	a.bpf_fd = 0;
	a.file_flags = BPF_F_WRONLY;
	sys_bpf(BPF_OBJ_GET, &a, sizeof(a));
	memset(&a, 0, sizeof(a));
	a.target_fd = map;
	a.attach_bpf_fd = prog;
	a.attach_type = BPF_CGROUP_INET_EGRESS;
	a.attach_flags = BPF_F_ALLOW_MULTI | BPF_F_REPLACE;
	sys_bpf(BPF_PROG_ATTACH, &a, sizeof(a));
	a.attach_flags = 0;
	sys_bpf(BPF_PROG_DETACH, &a, 12);
	memset(&a, 0, sizeof(a));
	a.test.prog_fd = prog;
	a.test.repeat = 1;
	a.test.data_in = (uintptr_t)in;
	a.test.data_size_in = sizeof(in);
	a.test.data_out = (uintptr_t)out;
	a.test.data_size_out = sizeof(out);
	sys_bpf(BPF_PROG_TEST_RUN, &a, sizeof(a));
	memset(&a, 0, sizeof(a));
	a.query.target_fd = map;
	a.query.attach_type = BPF_CGROUP_INET_INGRESS;
	a.query.query_flags = BPF_F_QUERY_EFFECTIVE;
	a.query.prog_ids = (uintptr_t)ids;
	a.query.prog_cnt = 4;
	sys_bpf(BPF_PROG_QUERY, &a, sizeof(a));
	memset(&a, 0, sizeof(a));
	a.raw_tracepoint.name = (uintptr_t)"strc_tp";
	a.raw_tracepoint.prog_fd = prog;
	sys_bpf(BPF_RAW_TRACEPOINT_OPEN, &a, sizeof(a));
	memset(&a, 0, sizeof(a));
	a.link_create.prog_fd = prog;
	a.link_create.target_fd = map;
	a.link_create.attach_type = BPF_CGROUP_INET_INGRESS;
	sys_bpf(BPF_LINK_CREATE, &a, sizeof(a));
	a.link_create.target_btf_id = 5;
	sys_bpf(BPF_LINK_CREATE, &a, 20);
	a.link_create.attach_type = BPF_XDP;	/* no union member for it */
	sys_bpf(BPF_LINK_CREATE, &a, sizeof(a));
	a.link_create.attach_type = BPF_TRACE_ITER;
	ids[0] = map;
	a.link_create.iter_info = (uintptr_t)ids;
	a.link_create.iter_info_len = 1;	/* strace 6.1 counts elements, not bytes */
	sys_bpf(BPF_LINK_CREATE, &a, sizeof(a));
	memset(&a.link_create.iter_info, 0, 16);
	a.link_create.attach_type = BPF_PERF_EVENT;
	a.link_create.perf_event.bpf_cookie = 0xc00c1e;
	sys_bpf(BPF_LINK_CREATE, &a, sizeof(a));
	a.link_create.attach_type = BPF_TRACE_KPROBE_MULTI;
	a.link_create.kprobe_multi.flags = BPF_F_KPROBE_MULTI_RETURN;
	a.link_create.kprobe_multi.cnt = 1;
	a.link_create.kprobe_multi.addrs = (uintptr_t)ids;
	sys_bpf(BPF_LINK_CREATE, &a, sizeof(a));
	memset(&a, 0, sizeof(a));
	a.link_update.link_fd = map;
	a.link_update.new_prog_fd = prog;
	a.link_update.flags = BPF_F_REPLACE;
	a.link_update.old_prog_fd = prog;
	sys_bpf(BPF_LINK_UPDATE, &a, sizeof(a));
	memset(&a, 0, sizeof(a));
	a.task_fd_query.pid = getpid();
	a.task_fd_query.fd = map;
	sys_bpf(BPF_TASK_FD_QUERY, &a, sizeof(a));
	memset(&a, 0, sizeof(a));
	a.batch.map_fd = map;
	a.batch.count = 1;
	a.batch.keys = (uintptr_t)ids;
	a.batch.values = (uintptr_t)out;
	sys_bpf(BPF_MAP_LOOKUP_BATCH, &a, sizeof(a));
	sys_bpf(BPF_MAP_UPDATE_BATCH, &a, sizeof(a));
	sys_bpf(BPF_MAP_DELETE_BATCH, &a, sizeof(a));
}

static void btf_load(void)
{
	static const unsigned char btf[24] = { 0x9f, 0xeb, 1, 0, 24 };
	static char log[256];
	union bpf_attr a;

	memset(&a, 0, sizeof(a));
	a.btf = (uintptr_t)btf;
	a.btf_size = sizeof(btf);
	a.btf_log_buf = (uintptr_t)log;
	a.btf_log_size = sizeof(log);
	a.btf_log_level = 1;
	sys_bpf(BPF_BTF_LOAD, &a, sizeof(a));
}

/* Sizes and addresses the kernel refuses: strace prints what the size covers. */
static void bad_calls(void)
{
	unsigned char big[200];
	union bpf_attr a;

	memset(&a, 0, sizeof(a));
	sys_bpf(999, &a, sizeof(a));
	sys_bpf(BPF_PROG_BIND_MAP, &a, sizeof(a));
	memset(big, 0, sizeof(big));
	big[0] = BPF_MAP_TYPE_HASH;
	sys_bpf(BPF_MAP_CREATE, big, sizeof(big));	/* zeros past the union: no "..." */
	big[150] = 1;
	sys_bpf(BPF_MAP_CREATE, big, sizeof(big));
	big[80] = 1;
	sys_bpf(BPF_MAP_CREATE, big, 84);
	memset(big, 0x41, sizeof(big));
	for (unsigned size = 4; size <= 36; size += 8)
		sys_bpf(BPF_MAP_CREATE, big, size);
	sys_bpf(BPF_PROG_LOAD, big, 48);
	sys_bpf(BPF_MAP_LOOKUP_ELEM, big, 28);
	sys_bpf(BPF_MAP_CREATE, big, 0);
	sys_bpf(BPF_MAP_CREATE, big, 4097);
	sys_bpf(BPF_MAP_CREATE, (void *)8, 72);
	memset(&a, 0, sizeof(a));
	a.map_flags = BPF_F_NUMA_NODE | BPF_F_NO_PREALLOC | 0x80000000u;
	a.numa_node = 1;
	a.map_type = 0x77;
	a.map_ifindex = 1;	/* lo, in any network namespace */
	sys_bpf(BPF_MAP_CREATE, &a, sizeof(a));
	memset(&a, 0, sizeof(a));
	a.license = 8;
	a.log_buf = 16;
	a.log_size = 4;
	sys_bpf(BPF_PROG_LOAD, &a, sizeof(a));
}

/* n zeroed bytes right before a page that is not mapped */
static void *end_of_page(size_t n)
{
	long page = sysconf(_SC_PAGESIZE);
	char *p = mmap(NULL, 2 * page, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);

	if (p == MAP_FAILED)
		return NULL;
	munmap(p + page, page);
	return p + page - n;
}

static void cbpf_socket(void)
{
	struct sock_filter code[] = {
		BPF_STMT(BPF_LD | BPF_H | BPF_ABS, 12),
		BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, 0x800, 0, 3),
		BPF_STMT(BPF_LD | BPF_B | BPF_ABS, 23),
		BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, 6, 0, 1),
		BPF_STMT(BPF_RET | BPF_K, 0xffff),
		BPF_STMT(BPF_LDX | BPF_B | BPF_MSH, 14),
		BPF_STMT(BPF_ALU | BPF_AND | BPF_X, 0),
		BPF_STMT(BPF_MISC | BPF_TAX, 0),
		BPF_STMT(BPF_ST, 1),
		BPF_STMT(BPF_LD | BPF_MEM, 1),
		BPF_STMT(BPF_LD | BPF_W | BPF_LEN, 0),
		BPF_STMT(BPF_RET | BPF_A, 0),
		BPF_STMT(BPF_RET | BPF_K, 0),
	};
	/* codes the kernel refuses: odd opcodes and bits print as strace names them */
	struct sock_filter odd[] = {
		BPF_JUMP(BPF_JMP | BPF_JA, 1, 0, 0),
		BPF_JUMP(BPF_JMP | BPF_JGT | BPF_X, 0, 2, 3),
		BPF_JUMP(BPF_JMP | 0x50, 1, 2, 3),
		BPF_JUMP(BPF_JMP | 0xe0, 1, 2, 3),
		BPF_STMT(BPF_ALU | BPF_NEG, 0),
		BPF_STMT(BPF_ALU | 0xf0 | BPF_X, 5),
		BPF_STMT(BPF_MISC | BPF_TXA, 0),
		BPF_STMT(BPF_MISC | 0x38, 0),
		BPF_STMT(BPF_STX, 3),
		BPF_STMT(BPF_STX | 0x40, 3),
		BPF_STMT(BPF_LDX | BPF_IMM | 0x100, 7),
		BPF_STMT(BPF_LD | BPF_IND | BPF_H, 7),
		BPF_STMT(BPF_LD | 0x18 | 0xe0, 7),
		BPF_STMT(BPF_RET | BPF_X, 0),
		BPF_STMT(BPF_RET | 0x18, 0),
		BPF_STMT(BPF_RET | BPF_A | 0xe0, 0),
		BPF_STMT(0xffff, 0xffffffff),
	};
	struct sock_fprog prog = { sizeof(code) / sizeof(code[0]), code };
	int s = socket(AF_INET, SOCK_DGRAM, 0);

	setsockopt(s, SOL_SOCKET, SO_ATTACH_FILTER, &prog, sizeof(prog));
	setsockopt(s, SOL_SOCKET, SO_ATTACH_FILTER, (void *)8, sizeof(prog));
	setsockopt(s, SOL_SOCKET, SO_ATTACH_FILTER, &prog, 8);
	prog.len = sizeof(odd) / sizeof(odd[0]);
	prog.filter = odd;
	setsockopt(s, SOL_SOCKET, SO_ATTACH_REUSEPORT_CBPF, &prog, sizeof(prog));
	prog.len = 0;
	setsockopt(s, SOL_SOCKET, SO_ATTACH_FILTER, &prog, sizeof(prog));
	close(s);
	s = socket(AF_INET, SOCK_DGRAM, 0);
	prog.len = 3;	/* two instructions, then an unmapped page */
	prog.filter = end_of_page(2 * sizeof(*code));
	setsockopt(s, SOL_SOCKET, SO_ATTACH_FILTER, &prog, sizeof(prog));
	close(s);
}

/* Installs a seccomp filter in a child, which then makes a call it kills itself with. */
static void cbpf_seccomp(void)
{
	struct sock_filter code[] = {
		BPF_STMT(BPF_LD | BPF_W | BPF_ABS, offsetof(struct seccomp_data, arch)),
		BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, 0xc000003e, 1, 0),
		BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_KILL_PROCESS),
		BPF_STMT(BPF_LD | BPF_W | BPF_ABS, offsetof(struct seccomp_data, nr)),
		BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, SYS_getppid, 0, 1),
		BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ERRNO | 13),
		BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, SYS_getpgrp, 0, 1),
		BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_TRACE | 5),
		BPF_STMT(BPF_LD | BPF_W | BPF_ABS, offsetof(struct seccomp_data, args[1])),
		BPF_STMT(BPF_LD | BPF_W | BPF_ABS, offsetof(struct seccomp_data, args[1]) + 4),
		BPF_STMT(BPF_LD | BPF_W | BPF_ABS, offsetof(struct seccomp_data, instruction_pointer)),
		BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_LOG),
		BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ALLOW),
	};
	struct sock_filter bad[] = {
		BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_TRAP | 0x1234),
		BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_USER_NOTIF),
		BPF_STMT(BPF_RET | BPF_K, 0x12340005),
		BPF_STMT(BPF_RET | BPF_A, SECCOMP_RET_KILL_THREAD),
		BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, SECCOMP_RET_ERRNO, 0, 1),
		BPF_STMT(BPF_LD | BPF_W | BPF_ABS, 0x40),
	};
	struct sock_fprog badprog = { sizeof(bad) / sizeof(bad[0]), bad };
	struct sock_fprog prog = { sizeof(code) / sizeof(code[0]), code };
	pid_t pid = fork();

	if (pid == 0) {
		prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0);
		syscall(SYS_seccomp, SECCOMP_SET_MODE_FILTER, 0x100, &badprog);
		prctl(PR_SET_SECCOMP, 77, &badprog, 1, 2);
		syscall(SYS_seccomp, SECCOMP_SET_MODE_FILTER, 0, &prog);
		prctl(PR_SET_SECCOMP, SECCOMP_MODE_FILTER, &prog);
		syscall(SYS_seccomp, SECCOMP_SET_MODE_FILTER, SECCOMP_FILTER_FLAG_LOG, (void *)8);
		getppid();
		_exit(0);
	}
	waitpid(pid, NULL, 0);
}

/* A program's info: the counts the caller sets come back rewritten ("64 => 16"). */
static void prog_info(int prog)
{
	static const unsigned lens[] = { 12, 41, 65, 81, 105, 129, 193, 209, 217, 400 };
	struct bpf_prog_info info;
	unsigned char jited[64], xlated[64], big[400];
	uint32_t ids[4];
	union bpf_attr a;

	memset(&info, 0, sizeof(info));
	info.jited_prog_len = sizeof(jited);
	info.jited_prog_insns = (uintptr_t)jited;
	info.xlated_prog_len = sizeof(xlated);
	info.xlated_prog_insns = (uintptr_t)xlated;
	info.nr_map_ids = 4;
	info.map_ids = (uintptr_t)ids;
	memset(&a, 0, sizeof(a));
	a.info.bpf_fd = prog;
	a.info.info_len = sizeof(info);
	a.info.info = (uintptr_t)&info;
	sys_bpf(BPF_OBJ_GET_INFO_BY_FD, &a, sizeof(a));
	/* unreadable buffers: EFAULT, and what the caller passed shows */
	info.jited_prog_len = sizeof(jited);
	info.xlated_prog_len = sizeof(xlated);
	info.xlated_prog_insns = 8;
	sys_bpf(BPF_OBJ_GET_INFO_BY_FD, &a, sizeof(a));
	/* info_len cut inside each group of fields, and past the struct */
	a.info.info = (uintptr_t)big;
	for (unsigned i = 0; i < sizeof(lens) / sizeof(lens[0]); i++) {
		memset(big, 0, sizeof(big));
		a.info.info_len = lens[i];
		sys_bpf(BPF_OBJ_GET_INFO_BY_FD, &a, sizeof(a));
	}
	big[300] = 1;	/* E2BIG */
	a.info.info_len = sizeof(big);
	sys_bpf(BPF_OBJ_GET_INFO_BY_FD, &a, sizeof(a));
}

/* A BTF object's and a link's info: strace 6.1 shows only where they are, and info_len. */
static void btf_link_info(void)
{
	static const unsigned char btf[] = {
		0x9f, 0xeb, 1, 0, 24, 0, 0, 0, 0, 0, 0, 0, 16, 0, 0, 0, 16, 0, 0, 0, 5, 0, 0, 0,
		1, 0, 0, 0, 0, 0, 0, 1, 4, 0, 0, 0, 32, 0, 0, 0,	/* int: 32 bits */
		0, 'i', 'n', 't', 0,
	};
	struct bpf_insn insns[] = {
		{ .code = BPF_ALU64 | BPF_MOV | BPF_K, .dst_reg = 0, .imm = 0 },
		{ .code = BPF_JMP | BPF_EXIT },
	};
	unsigned char info[100];
	union bpf_attr a;
	int fds[2], prog;

	memset(&a, 0, sizeof(a));
	a.btf = (uintptr_t)btf;
	a.btf_size = sizeof(btf);
	fds[0] = sys_bpf(BPF_BTF_LOAD, &a, sizeof(a));
	memset(&a, 0, sizeof(a));
	a.prog_type = BPF_PROG_TYPE_RAW_TRACEPOINT;
	a.insn_cnt = 2;
	a.insns = (uintptr_t)insns;
	a.license = (uintptr_t)"GPL";
	prog = sys_bpf(BPF_PROG_LOAD, &a, sizeof(a));
	memset(&a, 0, sizeof(a));
	a.raw_tracepoint.name = (uintptr_t)"sys_enter";
	a.raw_tracepoint.prog_fd = prog;
	fds[1] = sys_bpf(BPF_RAW_TRACEPOINT_OPEN, &a, sizeof(a));
	for (int i = 0; i < 2; i++) {
		memset(info, 0, sizeof(info));
		memset(&a, 0, sizeof(a));
		a.info.bpf_fd = fds[i];
		a.info.info_len = sizeof(info);
		a.info.info = (uintptr_t)info;
		sys_bpf(BPF_OBJ_GET_INFO_BY_FD, &a, sizeof(a));
		a.info.info_len = 9;
		sys_bpf(BPF_OBJ_GET_INFO_BY_FD, &a, sizeof(a));
	}
}

/* Names newer than strace 6.1: strc prints them as current strace does. */
static void newer_names(void)
{
	union bpf_attr a;

	memset(&a, 0, sizeof(a));
	sys_bpf(36, &a, sizeof(a));	/* BPF_TOKEN_CREATE */
	sys_bpf(37, &a, sizeof(a));	/* BPF_PROG_STREAM_READ_BY_FD */
	a.map_type = 33;		/* BPF_MAP_TYPE_ARENA */
	a.map_flags = 0x2000;		/* BPF_F_LINK */
	sys_bpf(BPF_MAP_CREATE, &a, sizeof(a));
	memset(&a, 0, sizeof(a));
	a.attach_type = 56;		/* BPF_TRACE_KPROBE_SESSION */
	sys_bpf(BPF_PROG_ATTACH, &a, sizeof(a));
	a.attach_type = 57;		/* BPF_TRACE_UPROBE_SESSION */
	sys_bpf(BPF_PROG_ATTACH, &a, sizeof(a));
}

/* BPF_PROG_QUERY that succeeds: on the cgroup v2 root, the kernel rewrites prog_cnt. */
static void cgroup_query(void)
{
	int cg = open("/sys/fs/cgroup/unified", O_RDONLY | O_DIRECTORY);
	uint32_t ids[4];
	union bpf_attr a;

	if (cg < 0)
		cg = open("/sys/fs/cgroup", O_RDONLY | O_DIRECTORY);
	memset(&a, 0, sizeof(a));
	a.query.target_fd = cg;
	a.query.attach_type = BPF_CGROUP_INET_INGRESS;
	a.query.query_flags = BPF_F_QUERY_EFFECTIVE;
	a.query.prog_ids = (uintptr_t)ids;
	a.query.prog_cnt = 4;
	sys_bpf(BPF_PROG_QUERY, &a, sizeof(a));
	a.query.prog_ids = 0;
	a.query.prog_cnt = 0;
	a.query.attach_type = BPF_CGROUP_DEVICE;
	sys_bpf(BPF_PROG_QUERY, &a, 28);
	close(cg);
}

int main(int argc, char **argv)
{
	int map, prog;

	if (argc > 1 && strcmp(argv[1], "cbpf") == 0) {
		cbpf_socket();
		cbpf_seccomp();
		return 0;
	}
	map = map_calls();
	prog = prog_load();
	prog_load_odd();
	obj_calls(map, prog);
	prog_info(prog);
	btf_link_info();
	btf_load();
	bad_calls();
	newer_names();
	cgroup_query();
	return 0;
}
