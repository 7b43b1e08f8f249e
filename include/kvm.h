/*
 * kvm.h: -e kvm=vcpu, a KVM_RUN's exit reason after its result, and -e kvm=vcpu+, its
 * struct kvm_run before and after, below the line (src/kvm.c).
 */
#ifndef STRC_KVM_H
#define STRC_KVM_H

struct tracee;

/* vcpu+: at a call's entry, a KVM_RUN's struct kvm_run as the run finds it */
void kvm_syscall_entry(struct tracee *t);
/* After the result of a call that ended: " (KVM_EXIT_IO)" when it was a vcpu's KVM_RUN. */
void kvm_suffix(struct tracee *t);
/* vcpu+: below the call's line (and its -k stack), the structure before and after */
void kvm_print_run(struct tracee *t);
void kvm_tracee_gone(struct tracee *t);	/* its state freed */

#endif
