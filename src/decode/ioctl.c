/*
 * ioctl.c: ioctl requests by name, and the arguments of those strace decodes.
 */
#include <linux/ioctl.h>

#include "decode.h"

/* _IOC(_IOC_READ, 0x54, 0x99, 0x4): how strace spells a request it has no name for. */
static void print_ioc(uint32_t req)
{
	static const char *const dirs[] = {
		"_IOC_NONE", "_IOC_WRITE", "_IOC_READ", "_IOC_READ|_IOC_WRITE"
	};

	tprintf("_IOC(%s, %#x, %#x, %#x)", dirs[_IOC_DIR(req) & 3], _IOC_TYPE(req),
		_IOC_NR(req), _IOC_SIZE(req));
}

void print_ioctl_request(uint32_t req)
{
	const char *name = xlat_name(&xlat_ioctl_requests, req);

	if (name)
		tputs(name);
	else if (_IOC_DIR(req) || _IOC_SIZE(req))
		print_ioc(req);
	else
		tprintf("%#x", req);
}

int dec_ioctl(struct tracee *t)
{
	if (entering(t)) {
		printfd(t, arg_int(t, 0));
		tputs(", ");
		print_ioctl_request((uint32_t)arg_ulong(t, 1));
		tputs(", ");
		return 0;
	}
	printaddr(arg_ulong(t, 2));
	return 0;
}
