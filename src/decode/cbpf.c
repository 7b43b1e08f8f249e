/*
 * cbpf.c: classic BPF programs (struct sock_fprog), as SO_ATTACH_FILTER, seccomp(2) and
 * prctl(PR_SET_SECCOMP) take them: {len=N, filter=0x...}, and with -v (or -e abbrev=none)
 * every instruction as the BPF_STMT/BPF_JUMP macro that makes it. In a seccomp filter the
 * constant a return instruction returns is a SECCOMP_RET_* action and its data.
 */
#include <string.h>

#include "decode.h"

enum { CBPF_MAXINSNS = 4096 };	/* the kernel's limit: strace shows no more, then "..." */

struct cbpf_insn {
	uint16_t code;
	uint8_t jt, jf;
	uint32_t k;
};

enum {
	CBPF_LD, CBPF_LDX, CBPF_ST, CBPF_STX, CBPF_ALU, CBPF_JMP, CBPF_RET, CBPF_MISC,
};

/* A part of an opcode: its name, or the number with "BPF_???" as printxval does. */
static void print_part(const struct xlat *x, unsigned v)
{
	tputc('|');
	printxval(x, v, NULL);
}

/* Bits no part of the opcode accounts for (strace comments them even under -X raw). */
static void print_rest(unsigned v)
{
	if (v)
		tprintf("|%#x /* BPF_??? */", v);
}

static void print_code(unsigned code)
{
	unsigned cls = code & 7;

	printxval(&xlat_cbpf_classes, cls, NULL);
	switch (cls) {
	case CBPF_LD:
	case CBPF_LDX:
		print_part(&xlat_cbpf_sizes, code & 0x18);
		print_part(&xlat_cbpf_modes, code & 0xe0);
		break;
	case CBPF_ALU:
		print_part(&xlat_cbpf_srcs, code & 0x08);
		print_part(&xlat_cbpf_alu_ops, code & 0xf0);
		break;
	case CBPF_JMP:
		print_part(&xlat_cbpf_srcs, code & 0x08);
		print_part(&xlat_cbpf_jmp_ops, code & 0xf0);
		break;
	case CBPF_RET:
		print_part(&xlat_cbpf_rvals, code & 0x18);
		print_rest(code & ~0x1fu);
		break;
	case CBPF_MISC:
		print_part(&xlat_cbpf_misc_ops, code & 0xf8);
		print_rest(code & ~0xffu);
		break;
	default:	/* BPF_ST, BPF_STX */
		print_rest(code & ~7u);
		break;
	}
}

/* SECCOMP_RET_ERRNO|0xd: the action, then the data when there is any. */
static void print_seccomp_ret(uint32_t k)
{
	uint32_t action = k & 0xffff0000u, data = k & 0xffff;

	printxval(&xlat_seccomp_ret_actions, action, "SECCOMP_RET_???");
	if (data)
		tprintf("|%#x", data);
}

static void print_insn(const struct cbpf_insn *in, int seccomp)
{
	unsigned cls = in->code & 7;
	int jump = in->jt || in->jf;	/* the macro that could have made it */

	tputs(jump ? "BPF_JUMP(" : "BPF_STMT(");
	print_code(in->code);
	tputs(", ");
	if (seccomp && cls == CBPF_RET)
		print_seccomp_ret(in->k);
	else
		printnum_hex(in->k);
	if (jump) {
		tputs(", ");
		printnum_hex(in->jt);
		tputs(", ");
		printnum_hex(in->jf);
	}
	tputc(')');
}

static void print_filter(struct tracee *t, uint64_t addr, unsigned len, int seccomp)
{
	struct cbpf_insn in;

	if (style_abbrev() || !addr) {
		printaddr(addr);
		return;
	}
	if (len && umoven(t, addr, sizeof(in), &in) < 0) {
		printaddr(addr);
		return;
	}
	tputc('[');
	for (unsigned i = 0; i < len; i++) {
		uint64_t cur = addr + (uint64_t)i * sizeof(in);

		if (i == CBPF_MAXINSNS) {
			tputs(", ...");
			break;
		}
		if (i && umoven(t, cur, sizeof(in), &in) < 0) {
			tprintf(", ... /* %#" PRIx64 " */", cur);
			break;
		}
		tputs(i ? ", " : "");
		print_insn(&in, seccomp);
	}
	tputc(']');
}

/* n instructions already read (a netlink attribute's): with -v the list, else their address */
void print_cbpf_insns(const unsigned char *b, size_t n, uint64_t addr)
{
	struct cbpf_insn in;

	if (style_abbrev()) {
		printaddr(addr);
		return;
	}
	tputc('[');
	for (size_t i = 0; i < n; i++) {
		if (i == CBPF_MAXINSNS) {
			tputs(", ...");
			break;
		}
		memcpy(&in, b + i * sizeof(in), sizeof(in));
		tputs(i ? ", " : "");
		print_insn(&in, 0);
	}
	tputc(']');
}

void print_cbpf_fprog(struct tracee *t, uint64_t addr, int seccomp)
{
	unsigned w = tracee_word_bits(t) / 8;
	unsigned char b[16];
	uint64_t filter = 0;
	uint16_t len;

	if (umove_or_printaddr(t, addr, 2 * w, b) < 0)
		return;
	memcpy(&len, b, sizeof(len));
	memcpy(&filter, b + w, w);
	tprintf("{len=%u, filter=", len);
	print_filter(t, filter, len, seccomp);
	tputc('}');
}

/* prctl(PR_SET_SECCOMP, mode, ...): how many arguments depends on the mode. */
void print_prctl_seccomp(struct tracee *t)
{
	uint64_t mode = arg_ulong(t, 1);

	tputs(", ");
	printxval(&xlat_seccomp_modes, mode, "SECCOMP_MODE_???");
	if (mode == 1)		/* SECCOMP_MODE_STRICT */
		return;
	tputs(", ");
	if (mode == 2) {	/* SECCOMP_MODE_FILTER */
		print_cbpf_fprog(t, arg_ulong(t, 2), 1);
		return;
	}
	for (int i = 2; i < 5; i++) {
		tputs(i > 2 ? ", " : "");
		printnum_hex(arg_ulong(t, i));
	}
}
