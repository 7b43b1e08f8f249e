/*
 * fam_bpf72.c: the parts of bpf(2)'s union bpf_attr that strace 6.1 does not decode at all
 * (BPF_LINK_CREATE's union by attach type, targets and relatives named by ifindex and id,
 * BPF_PROG_ATTACH's and DETACH's tails, a cookie shown only whole, the commands from
 * BPF_ENABLE_STATS on, fields past 6.1's layouts), each call printing the line strace 7.2
 * prints for it (tests/expect.py compares; tests/progs/expect.h has the helpers). Every call
 * fails or is harmless; the program builds its attributes byte by byte, as the C library's
 * <linux/bpf.h> may predate these fields.
 *
 *   fam_bpf72 [abbrev|raw|verbose]
 */
#include "expect.h"

#include <stdint.h>
#include <sys/syscall.h>

enum {
	CMD_PROG_LOAD = 5, CMD_OBJ_PIN = 6, CMD_PROG_ATTACH = 8, CMD_PROG_DETACH = 9,
	CMD_RAW_TRACEPOINT_OPEN = 17, CMD_BTF_LOAD = 18, CMD_BTF_GET_FD_BY_ID = 19,
	CMD_LINK_CREATE = 28, CMD_ENABLE_STATS = 32, CMD_ITER_CREATE = 33,
	CMD_LINK_DETACH = 34, CMD_PROG_BIND_MAP = 35, CMD_TOKEN_CREATE = 36,
	CMD_PROG_STREAM_READ_BY_FD = 37, CMD_MAP_CREATE = 0,
};

static unsigned char attr[200];

static long sys_bpf(int cmd, unsigned size)
{
	return syscall(SYS_bpf, cmd, attr, size);
}

static void put32(unsigned off, uint32_t v)
{
	memcpy(attr + off, &v, sizeof(v));
}

/* "bpf(CMD, " in the run's style */
static const char *cmd(const char *number, const char *name)
{
	static char out[128];

	snprintf(out, sizeof(out), "bpf(%s, ", expect_named(number, name));
	return out;
}

/* BPF_LINK_CREATE's union: tcx, netkit, cgroup (placed with BPF_F_BEFORE), tracing. */
static void link_create_unions(void)
{
	static const struct {
		uint32_t type, flags;
		const char *type_num, *type_name, *flags_num, *flags_names, *target, *unio;
	} links[] = {
		{ 46, 0x28, "0x2e", "BPF_TCX_INGRESS", "0x28", "BPF_F_BEFORE|BPF_F_ID",
		  "target_ifindex", "tcx={relative_id=7, expected_revision=0x9}" },
		{ 55, 0x28, "0x37", "BPF_NETKIT_PEER", "0x28", "BPF_F_BEFORE|BPF_F_ID",
		  "target_ifindex", "netkit={relative_id=7, expected_revision=0x9}" },
		{ 1, 0x8, "0x1", "BPF_CGROUP_INET_EGRESS", "0x8", "BPF_F_BEFORE",
		  "target_fd", "cgroup={relative_fd=7, expected_revision=0x9}" },
		{ 24, 0x28, "0x18", "BPF_TRACE_FENTRY", "0x28", "BPF_F_BEFORE|BPF_F_ID",
		  "target_fd", "tracing={target_btf_id=7, cookie=0x9}" },
	};
	long rc;

	memset(attr, 0, sizeof(attr));
	put32(0, 1);		/* prog_fd */
	put32(16, 7);		/* relative_id / relative_fd / target_btf_id */
	put32(24, 9);		/* expected_revision / cookie */
	for (unsigned i = 0; i < sizeof(links) / sizeof(links[0]); i++) {
		put32(8, links[i].type);
		put32(12, links[i].flags);
		rc = sys_bpf(CMD_LINK_CREATE, 144);
		expect(rc, "%s{link_create={prog_fd=1, %s=0, attach_type=%s, flags=%s, %s}}, 144)",
		       cmd("0x1c", "BPF_LINK_CREATE"), links[i].target,
		       expect_named(links[i].type_num, links[i].type_name),
		       expect_named(links[i].flags_num, links[i].flags_names), links[i].unio);
	}
	put32(8, 45);		/* BPF_NETFILTER: pf, hooknum, priority, flags */
	put32(12, 0);
	put32(16, 2);
	put32(20, 1);
	put32(24, (uint32_t)-1);
	put32(28, 3);
	rc = sys_bpf(CMD_LINK_CREATE, 144);
	expect(rc, "%s{link_create={prog_fd=1, target_fd=0, attach_type=%s, flags=0, "
	       "netfilter={pf=2, hooknum=1, priority=-1, flags=%s}}}, 144)",
	       cmd("0x1c", "BPF_LINK_CREATE"), expect_named("0x2d", "BPF_NETFILTER"),
	       expect_named("0x3", "BPF_F_NETFILTER_IP_DEFRAG|0x2"));
	put32(8, 37);		/* BPF_XDP: an interface; the union left out of 16 bytes */
	rc = sys_bpf(CMD_LINK_CREATE, 16);
	expect(rc, "%s{link_create={prog_fd=1, target_ifindex=0, attach_type=%s, flags=0}}, 16)",
	       cmd("0x1c", "BPF_LINK_CREATE"), expect_named("0x25", "BPF_XDP"));
}

/* BPF_PROG_ATTACH and DETACH: the same fields, relative_id with BPF_F_ID. */
static void attach_detach(void)
{
	long rc;

	memset(attr, 0, sizeof(attr));
	put32(8, 47);		/* BPF_TCX_EGRESS */
	put32(12, 0x20);	/* BPF_F_ID */
	put32(20, 5);
	rc = sys_bpf(CMD_PROG_ATTACH, 144);
	expect(rc, "%s{target_ifindex=0, attach_bpf_fd=0, attach_type=%s, attach_flags=%s, "
	       "replace_bpf_fd=0, relative_id=5, expected_revision=0}, 144)",
	       cmd("0x8", "BPF_PROG_ATTACH"), expect_named("0x2f", "BPF_TCX_EGRESS"),
	       expect_named("0x20", "BPF_F_ID"));
	put32(8, 0);		/* BPF_CGROUP_INET_INGRESS */
	put32(12, 0);
	rc = sys_bpf(CMD_PROG_DETACH, 144);
	expect(rc, "%s{target_fd=0, attach_bpf_fd=0, attach_type=%s, attach_flags=0, "
	       "replace_bpf_fd=0, relative_fd=5, expected_revision=0}, 144)",
	       cmd("0x9", "BPF_PROG_DETACH"), expect_named("0", "BPF_CGROUP_INET_INGRESS"));
}

/* The cookie shows only when its 8 bytes fit; the commands from BPF_ENABLE_STATS on. */
static void small_commands(void)
{
	long rc;

	memset(attr, 0, sizeof(attr));
	put32(8, 1);		/* prog_fd */
	rc = sys_bpf(CMD_RAW_TRACEPOINT_OPEN, 20);
	expect(rc, "%s{raw_tracepoint={name=NULL, prog_fd=1}}, 20)",
	       cmd("0x11", "BPF_RAW_TRACEPOINT_OPEN"));
	rc = sys_bpf(CMD_RAW_TRACEPOINT_OPEN, 24);
	expect(rc, "%s{raw_tracepoint={name=NULL, prog_fd=1, cookie=0}}, 24)",
	       cmd("0x11", "BPF_RAW_TRACEPOINT_OPEN"));

	memset(attr, 0, sizeof(attr));
	put32(0, 5);		/* an enable_stats.type no name covers */
	rc = sys_bpf(CMD_ENABLE_STATS, 8);
	expect(rc, "%s{enable_stats={type=%s}}, 8)", cmd("0x20", "BPF_ENABLE_STATS"),
	       expect_unknown("0x5", "BPF_STATS_???"));
	put32(0, 1000);		/* iter_create: a link_fd that is not open, flags */
	put32(4, 1);
	rc = sys_bpf(CMD_ITER_CREATE, 8);
	expect(rc, "%s{iter_create={link_fd=1000, flags=0x1}}, 8)",
	       cmd("0x21", "BPF_ITER_CREATE"));
	rc = sys_bpf(CMD_LINK_DETACH, 4);
	expect(rc, "%s{link_detach={link_fd=1000}}, 4)", cmd("0x22", "BPF_LINK_DETACH"));

	memset(attr, 0, sizeof(attr));
	rc = sys_bpf(CMD_PROG_BIND_MAP, 144);
	expect(rc, "%s{prog_bind_map={prog_fd=0, map_fd=0, flags=0}}, 144)",
	       cmd("0x23", "BPF_PROG_BIND_MAP"));
	rc = sys_bpf(CMD_TOKEN_CREATE, 144);
	expect(rc, "%s{token_create={flags=0, bpffs_fd=0}}, 144)",
	       cmd("0x24", "BPF_TOKEN_CREATE"));
	rc = sys_bpf(CMD_PROG_STREAM_READ_BY_FD, 144);
	expect(rc, "%s{prog_stream_read={stream_buf=NULL, stream_buf_len=0, stream_id=0, "
	       "prog_fd=0}}, 144)", cmd("0x25", "BPF_PROG_STREAM_READ_BY_FD"));
}

/* Fields past strace 6.1's layouts. */
static void newer_fields(void)
{
	static const char *const load_head =
		"insn_cnt=0, insns=NULL, license=NULL, log_level=0, log_size=0, log_buf=NULL, "
		"kern_version=%s, prog_flags=%s";
	char head[512];
	long rc;

	memset(attr, 0, sizeof(attr));
	attr[0] = 1;		/* BPF_MAP_TYPE_HASH; 84 bytes: half of excl_prog_hash */
	attr[80] = 1;
	rc = sys_bpf(CMD_MAP_CREATE, 84);
	expect(rc, "%s{map_type=%s, key_size=0, value_size=0, max_entries=0, map_flags=0, "
	       "inner_map_fd=0, map_name=\"\", map_ifindex=0, btf_fd=0, btf_key_type_id=0, "
	       "btf_value_type_id=0, btf_vmlinux_value_type_id=0, map_extra=0, "
	       "value_type_btf_obj_fd=0, map_token_fd=0, excl_prog_hash=0x1, "
	       "excl_prog_hash_size=0}, 84)", cmd("0", "BPF_MAP_CREATE"),
	       expect_named("0x1", "BPF_MAP_TYPE_HASH"));

	memset(attr, 0, sizeof(attr));
	put32(4, 4);		/* PROG_DETACH in 12 bytes: attach_bpf_fd, 6.1 leaves it out */
	put32(8, 1);
	rc = sys_bpf(CMD_PROG_DETACH, 12);
	expect(rc, "%s{target_fd=0, attach_bpf_fd=4, attach_type=%s, attach_flags=0}, 12)",
	       cmd("0x9", "BPF_PROG_DETACH"), expect_named("0x1", "BPF_CGROUP_INET_EGRESS"));

	memset(attr, 0, sizeof(attr));
	put32(8, 0x18);		/* BTF_GET_FD_BY_ID: open_flags, the token's fd */
	put32(12, 1);
	rc = sys_bpf(CMD_BTF_GET_FD_BY_ID, 16);
	expect(rc, "%s{btf_id=0, open_flags=%s, fd_by_id_token_fd=1}, 16)",
	       cmd("0x13", "BPF_BTF_GET_FD_BY_ID"),
	       expect_named("0x18", "BPF_F_RDONLY|BPF_F_WRONLY"));

	memset(attr, 0, sizeof(attr));
	put32(16, (uint32_t)-100);	/* OBJ_PIN's path_fd */
	rc = sys_bpf(CMD_OBJ_PIN, 20);
	expect(rc, "%s{pathname=NULL, bpf_fd=0, file_flags=0, path_fd=%s}, 20)",
	       cmd("0x6", "BPF_OBJ_PIN"), expect_named("-100", "AT_FDCWD"));

	memset(attr, 0, sizeof(attr));
	put32(32, 1);		/* btf_flags no name covers */
	rc = sys_bpf(CMD_BTF_LOAD, 40);
	expect(rc, "%s{btf=NULL, btf_log_buf=NULL, btf_size=0, btf_log_size=0, btf_log_level=0, "
	       "btf_log_true_size=0, btf_flags=%s, btf_token_fd=0}, 40)",
	       cmd("0x12", "BPF_BTF_LOAD"), expect_unknown("0x1", "BPF_F_???"));

	memset(attr, 0, sizeof(attr));
	put32(44, 0x140);	/* prog_flags: BPF_F_XDP_DEV_BOUND_ONLY and an unknown bit */
	rc = sys_bpf(CMD_PROG_LOAD, 48);
	snprintf(head, sizeof(head), load_head, expect_named("0", "KERNEL_VERSION(0, 0, 0)"),
		 expect_named("0x140", "BPF_F_XDP_DEV_BOUND_ONLY|0x100"));
	expect(rc, "%s{prog_type=%s, %s}, 48)", cmd("0x5", "BPF_PROG_LOAD"),
	       expect_named("0", "BPF_PROG_TYPE_UNSPEC"), head);

	put32(44, 0);
	snprintf(head, sizeof(head), load_head, expect_named("0", "KERNEL_VERSION(0, 0, 0)"),
		 "0");
	rc = sys_bpf(CMD_PROG_LOAD, 124);	/* fd_array, without core_relos */
	expect(rc, "%s{prog_type=%s, %s, prog_name=\"\", prog_ifindex=0, expected_attach_type=%s, "
	       "prog_btf_fd=0, func_info_rec_size=0, func_info=NULL, func_info_cnt=0, "
	       "line_info_rec_size=0, line_info=NULL, line_info_cnt=0, attach_btf_id=0, "
	       "attach_prog_fd=0, fd_array=NULL}, 124)", cmd("0x5", "BPF_PROG_LOAD"),
	       expect_named("0", "BPF_PROG_TYPE_UNSPEC"), head,
	       expect_named("0", "BPF_CGROUP_INET_INGRESS"));
	put32(152, 0x10);	/* signature (unreadable), its size, the keyring */
	put32(160, 2);
	put32(164, (uint32_t)-1);
	rc = sys_bpf(CMD_PROG_LOAD, 168);
	expect(rc, "%s{prog_type=%s, %s, prog_name=\"\", prog_ifindex=0, expected_attach_type=%s, "
	       "prog_btf_fd=0, func_info_rec_size=0, func_info=NULL, func_info_cnt=0, "
	       "line_info_rec_size=0, line_info=NULL, line_info_cnt=0, attach_btf_id=0, "
	       "attach_prog_fd=0, core_relo_cnt=0, fd_array=NULL, core_relos=NULL, "
	       "core_relo_rec_size=0, log_true_size=0, prog_token_fd=0, fd_array_cnt=0, "
	       "signature=0x10, signature_size=2, keyring_id=-1}, 168)",
	       cmd("0x5", "BPF_PROG_LOAD"), expect_named("0", "BPF_PROG_TYPE_UNSPEC"), head,
	       expect_named("0", "BPF_CGROUP_INET_INGRESS"));
}

int main(int argc, char **argv)
{
	expect_args(argc, argv);
	link_create_unions();
	attach_detach();
	small_commands();
	newer_fields();
	return expect_done();
}
