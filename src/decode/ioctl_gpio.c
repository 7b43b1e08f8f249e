/*
 * ioctl_gpio.c: the GPIO character device's requests (type 0xB4), v1 and v2 ABI, as strace
 * prints them: what the caller asks for at entry, and after " => " what the kernel gave
 * back (the new descriptor, the line's state). The structs are read at the kernel's fixed
 * layout (no pointers in them, the same for every ABI); the flag names are data.
 */
#include <linux/gpio.h>
#include <string.h>

#include "decode.h"

/* -s cuts arrays of numbers: [1, 2, 3, ...]; elements of 4 bytes or of 1 */
static void print_uint_array(const unsigned char *b, unsigned n, unsigned width)
{
	tputc('[');
	for (unsigned i = 0; i < n; i++) {
		if (i)
			tputs(", ");
		if (style_abbrev() && i >= (unsigned)opt.max_strlen) {
			tputs("...");
			break;
		}
		tprintf("%u", width == 4 ? get32(b + 4 * i) : b[i]);
	}
	tputc(']');
}

static void print_u32_array(const unsigned char *b, unsigned n)
{
	print_uint_array(b, n, 4);
}

static void print_u8_array(const unsigned char *b, unsigned n)
{
	print_uint_array(b, n, 1);
}

/* a name in a fixed char array, whole (-s does not cut these); without its NUL there, all
 * but the last byte and "..." */
static void print_fixed_str(const char *field, const unsigned char *s, size_t size)
{
	size_t n = strnlen((const char *)s, size);

	tprintf("%s=", field);
	print_quoted(s, n < size ? n : size - 1, n < size ? 0 : QUOTE_ELLIPSIS);
}

/* struct gpiochip_info */
static void print_chipinfo(struct tracee *t, uint64_t arg)
{
	unsigned char b[68];

	if (umove_or_printaddr(t, arg, sizeof(b), b) < 0)
		return;
	tputc('{');
	print_fixed_str("name", b, 32);
	tputs(", ");
	print_fixed_str("label", b + 32, 32);
	tprintf(", lines=%u}", get32(b + 64));
}

/* struct gpioline_info after the kernel filled it */
static void print_lineinfo_v1(const unsigned char *b)
{
	tputs("{flags=");
	printflags(&xlat_gpio_line_flags, get32(b + 4), NULL);
	tputs(", ");
	print_fixed_str("name", b + 8, 32);
	tputs(", ");
	print_fixed_str("consumer", b + 40, 32);
	tputc('}');
}

/* struct gpiohandle_request: offsets@0, flags@256, values@260, label@324, lines@356, fd@360 */
static void print_handle_request(const unsigned char *b)
{
	unsigned lines = get32(b + 356);
	unsigned n = lines < GPIOHANDLES_MAX ? lines : GPIOHANDLES_MAX;

	tprintf("{lines=%u, lineoffsets=", lines);
	print_u32_array(b, n);
	tputs(", flags=");
	printflags(&xlat_gpio_handle_flags, get32(b + 256), NULL);
	tputs(", default_values=");
	print_u8_array(b + 260, n);
	tputs(", ");
	print_fixed_str("consumer_label", b + 324, 32);
	tputc('}');
}

/* struct gpioevent_request: offset, handle flags, event flags, label@12, fd@44 */
static void print_event_request(const unsigned char *b)
{
	tprintf("{lineoffset=%u, handleflags=", get32(b));
	printflags(&xlat_gpio_handle_flags, get32(b + 4), NULL);
	tputs(", eventflags=");
	printflags(&xlat_gpio_event_flags, get32(b + 8), NULL);
	tputs(", ");
	print_fixed_str("consumer_label", b + 12, 32);
	tputc('}');
}

/* struct gpio_v2_line_attribute (16 bytes); in a config it goes with its mask */
static void print_v2_attr(const unsigned char *a, int in_config)
{
	uint32_t id = get32(a);

	switch (id) {
	case GPIO_V2_LINE_ATTR_ID_FLAGS:
		tputs("flags=");
		printflags(&xlat_gpio_v2_line_flags, get64(a + 8), NULL);
		return;
	case GPIO_V2_LINE_ATTR_ID_OUTPUT_VALUES:
		tputs("values=");
		printnum_hex(get64(a + 8));
		return;
	case GPIO_V2_LINE_ATTR_ID_DEBOUNCE:
		tprintf("debounce_period_us=%u", get32(a + 8));
		return;
	}
	tprintf("%sid=%u, data=", in_config ? "attr={" : "", id);
	printnum_hex(get64(a + 8));
	if (in_config)
		tputc('}');
}

/* num attributes of size bytes each, capped at the kernel's ten, cut by -s */
static void print_v2_attrs(const unsigned char *b, unsigned num, int in_config)
{
	unsigned n = num < GPIO_V2_LINE_NUM_ATTRS_MAX ? num : GPIO_V2_LINE_NUM_ATTRS_MAX;
	size_t size = in_config ? 24 : 16;

	tputs(", attrs=[");
	for (unsigned i = 0; i < n; i++) {
		const unsigned char *a = b + i * size;

		if (i)
			tputs(", ");
		if (style_abbrev() && i >= (unsigned)opt.max_strlen) {
			tputs("...");
			break;
		}
		tputc('{');
		print_v2_attr(a, in_config);
		if (in_config) {
			tputs(", mask=");
			printnum_hex(get64(a + 16));
		}
		tputc('}');
	}
	tputc(']');
}

/* struct gpio_v2_line_config: flags@0, num_attrs@8, attrs@32 */
static void print_v2_config(const unsigned char *b)
{
	unsigned num = get32(b + 8);

	tputs("{flags=");
	printflags(&xlat_gpio_v2_line_flags, get64(b), NULL);
	tprintf(", num_attrs=%u", num);
	if (num)
		print_v2_attrs(b + 32, num, 1);
	tputc('}');
}

/* struct gpio_v2_line_request: offsets@0, consumer@256, config@288, num_lines@560 */
static void print_v2_request(const unsigned char *b)
{
	unsigned lines = get32(b + 560);
	unsigned ebs = get32(b + 564);

	tprintf("{num_lines=%u, offsets=", lines);
	print_u32_array(b, lines < GPIO_V2_LINES_MAX ? lines : GPIO_V2_LINES_MAX);
	tputs(", ");
	print_fixed_str("consumer", b + 256, 32);
	tputs(", config=");
	print_v2_config(b + 288);
	if (ebs)
		tprintf(", event_buffer_size=%u", ebs);
	tputc('}');
}

/* struct gpio_v2_line_info after the kernel filled it */
static void print_v2_lineinfo(const unsigned char *b)
{
	unsigned num = get32(b + 68);

	tputc('{');
	print_fixed_str("name", b, 32);
	tputs(", ");
	print_fixed_str("consumer", b + 32, 32);
	tputs(", flags=");
	printflags(&xlat_gpio_v2_line_flags, get64(b + 72), NULL);
	tprintf(", num_attrs=%u", num);
	if (num)
		print_v2_attrs(b + 80, num, 0);
	tputc('}');
}

/* What each request shows at entry and exit: its word in xlat/ioctl_shapes.list. */
enum gpio_shape {
	G_NONE,
	G_CHIPINFO,		/* exit: the chip */
	G_LINEINFO,		/* entry {line_offset}, exit => the line */
	G_UNWATCH,		/* entry {offset} */
	G_HANDLE,		/* entry the request, exit => {fd} */
	G_EVENT,		/* the same */
	G_VALUES_GET,		/* exit: {values=[...]} */
	G_VALUES_SET,		/* entry: {values=[...]} */
	G_HANDLE_CONFIG,	/* entry: {flags, default_values} */
	G_V2_LINEINFO,		/* entry {offset}, exit => the line */
	G_V2_LINE,		/* entry the request, exit => {fd} */
	G_V2_SET_CONFIG,	/* entry: the config */
	G_V2_GET_VALUES,	/* entry {mask}, exit => {bits} */
	G_V2_SET_VALUES,	/* entry {bits, mask} */
};

static enum gpio_shape gpio_shape(uint32_t req, size_t *size)
{
	static const char *const words[] = {
		[G_CHIPINFO] = "gpio_chipinfo", [G_LINEINFO] = "gpio_lineinfo",
		[G_UNWATCH] = "gpio_unwatch", [G_HANDLE] = "gpio_handle", [G_EVENT] = "gpio_event",
		[G_VALUES_GET] = "gpio_values_get", [G_VALUES_SET] = "gpio_values_set",
		[G_HANDLE_CONFIG] = "gpio_handle_config", [G_V2_LINEINFO] = "gpio_v2_lineinfo",
		[G_V2_LINE] = "gpio_v2_line", [G_V2_SET_CONFIG] = "gpio_v2_set_config",
		[G_V2_GET_VALUES] = "gpio_v2_get_values", [G_V2_SET_VALUES] = "gpio_v2_set_values",
	};

	*size = _IOC_SIZE(req);
	return (enum gpio_shape)ioctl_shape(req, words, sizeof(words) / sizeof(words[0]));
}

static void print_values(const unsigned char *b)
{
	tputs("{values=");
	print_u8_array(b, GPIOHANDLES_MAX);
	tputc('}');
}

/* Entry: 1 when printed, 2 when the exit adds " => ...". */
int ioctl_gpio_entry(struct tracee *t, uint32_t req, uint64_t arg)
{
	unsigned char b[600];
	size_t size;
	enum gpio_shape shape = gpio_shape(req, &size);

	if (shape == G_NONE)
		return 0;
	tputs(", ");
	if (shape == G_CHIPINFO || shape == G_VALUES_GET)
		return 3;	/* all at exit */
	if (umove_or_printaddr(t, arg, size, b) < 0)
		return 1;
	call_memo(t, struct ioctl_memo)->opened = 1;
	switch (shape) {
	case G_LINEINFO:
		tprintf("{line_offset=%u}", get32(b));
		return 2;
	case G_UNWATCH:
		tprintf("{offset=%u}", get32(b));
		return 1;
	case G_HANDLE:
		print_handle_request(b);
		return 2;
	case G_EVENT:
		print_event_request(b);
		return 2;
	case G_VALUES_SET:
		print_values(b);
		return 1;
	case G_HANDLE_CONFIG:
		tputs("{flags=");
		printflags(&xlat_gpio_handle_flags, get32(b), NULL);
		tputs(", default_values=");
		print_u8_array(b + 4, GPIOHANDLES_MAX);
		tputc('}');
		return 1;
	case G_V2_LINEINFO:
		tprintf("{offset=%u}", get32(b + 64));
		return 2;
	case G_V2_LINE:
		print_v2_request(b);
		return 2;
	case G_V2_SET_CONFIG:
		print_v2_config(b);
		return 1;
	case G_V2_GET_VALUES:
		tputs("{mask=");
		printnum_hex(get64(b + 8));
		tputc('}');
		return 2;
	case G_V2_SET_VALUES:
		tputs("{bits=");
		printnum_hex(get64(b));
		tputs(", mask=");
		printnum_hex(get64(b + 8));
		tputc('}');
		return 1;
	default:
		return 1;
	}
}

/* => {fd=N}: the descriptor the kernel made, decorated as -y says */
static void print_new_fd(struct tracee *t, uint32_t fd)
{
	tputs("{fd=");
	printfd(t, (int)fd);
	tputc('}');
}

/* The exit of a request whose entry answered 2 or 3; 1 when it was a gpio one. */
int ioctl_gpio_exit(struct tracee *t, uint32_t req, uint64_t arg)
{
	unsigned char b[600];
	size_t size;
	enum gpio_shape shape = gpio_shape(req, &size);
	int opened = call_memo(t, struct ioctl_memo)->opened;

	if (shape == G_NONE)
		return 0;
	if (shape == G_CHIPINFO || shape == G_VALUES_GET) {
		if (t->err)
			printaddr(arg);
		else if (shape == G_CHIPINFO)
			print_chipinfo(t, arg);
		else if (umove_or_printaddr(t, arg, size, b) == 0)
			print_values(b);
		return 1;
	}
	if (!opened || t->err || umoven(t, arg, size, b) < 0)
		return 1;
	tputs(" => ");
	switch (shape) {
	case G_LINEINFO:
		print_lineinfo_v1(b);
		break;
	case G_HANDLE:
		print_new_fd(t, get32(b + 360));
		break;
	case G_EVENT:
		print_new_fd(t, get32(b + 44));
		break;
	case G_V2_LINEINFO:
		print_v2_lineinfo(b);
		break;
	case G_V2_LINE:
		print_new_fd(t, get32(b + 588));
		break;
	case G_V2_GET_VALUES:
		tputs("{bits=");
		printnum_hex(get64(b));
		tputc('}');
		break;
	default:
		break;
	}
	return 1;
}
