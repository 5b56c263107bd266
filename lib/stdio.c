/* The printf family: one formatting engine, __vprintf, that hands
   characters to a caller-supplied output function, plus wrappers that
   aim it at the console or at a buffer, and a hex dumper. */

#include <stdio.h>
#include <ctype.h>
#include <limits.h>
#include <string.h>

/* Where formatted characters go and how many have gone. */
struct sink
  {
    void (*output) (char, void *);  /* Receives each character. */
    void *aux;                      /* Passed through to OUTPUT. */
    int count;                      /* Characters delivered so far. */
  };

/* One parsed conversion specification, "%-08.3lx" and the like. */
struct conversion
  {
    bool left;          /* '-': pad on the right. */
    bool plus;          /* '+': always print a sign. */
    bool space;         /* ' ': print a space where '+' would go. */
    bool alternate;     /* '#': 0 or 0x prefix. */
    bool zero;          /* '0': pad with zeros up to the width. */
    int width;          /* Minimum field width, 0 if none. */
    int precision;      /* Minimum digits or maximum chars, -1 if none. */
    enum
      {
        LEN_INT, LEN_CHAR, LEN_SHORT, LEN_LONG, LEN_LONG_LONG,
        LEN_INTMAX, LEN_SIZE, LEN_PTRDIFF
      }
    length;             /* Length modifier. */
  };

static void
sink_put (struct sink *sink, char ch)
{
  sink->output (ch, sink->aux);
  sink->count++;
}

static void
sink_repeat (struct sink *sink, char ch, int times)
{
  for (; times > 0; times--)
    sink_put (sink, ch);
}

static void
sink_write (struct sink *sink, const char *string, size_t length)
{
  for (size_t i = 0; i < length; i++)
    sink_put (sink, string[i]);
}

/* Reads a decimal number at *FORMAT, advancing past it. Saturates at
   INT_MAX rather than overflowing. */
static int
parse_number (const char **format)
{
  int value = 0;
  for (; isdigit (**format); (*format)++)
    {
      int digit = **format - '0';
      value = value > (INT_MAX - digit) / 10 ? INT_MAX : value * 10 + digit;
    }
  return value;
}

/* Reads the flag characters at *P into C, advancing past them. */
static void
parse_flags (const char **p, struct conversion *c)
{
  for (;; (*p)++)
    switch (**p)
      {
      case '-': c->left = true; break;
      case '+': c->plus = true; break;
      case ' ': c->space = true; break;
      case '#': c->alternate = true; break;
      case '0': c->zero = true; break;
      default: return;
      }
}

/* Reads a field width at *P into C, advancing past it; '*' takes the
   width from ARGS, and a negative one there means '-' flag. */
static void
parse_width (const char **p, va_list *args, struct conversion *c)
{
  if (**p == '*')
    {
      int width = va_arg (*args, int);
      (*p)++;
      if (width < 0)
        {
          c->left = true;
          width = width == INT_MIN ? INT_MAX : -width;
        }
      c->width = width;
    }
  else
    c->width = parse_number (p);
}

/* Reads a precision ('.' and a number or '*') at *P into C, if there is
   one, advancing past it. A negative '*' precision counts as none. */
static void
parse_precision (const char **p, va_list *args, struct conversion *c)
{
  if (**p != '.')
    return;
  (*p)++;
  if (**p == '*')
    {
      int precision = va_arg (*args, int);
      (*p)++;
      c->precision = precision < 0 ? -1 : precision;
    }
  else
    c->precision = parse_number (p);
}

/* Reads a length modifier at *P into C, if there is one, advancing
   past it. */
static void
parse_length (const char **p, struct conversion *c)
{
  switch (**p)
    {
    case 'h':
      c->length = (*p)[1] == 'h' ? LEN_CHAR : LEN_SHORT;
      break;
    case 'l':
      c->length = (*p)[1] == 'l' ? LEN_LONG_LONG : LEN_LONG;
      break;
    case 'j': c->length = LEN_INTMAX; break;
    case 'z': c->length = LEN_SIZE; break;
    case 't': c->length = LEN_PTRDIFF; break;
    default: return;
    }
  *p += c->length == LEN_CHAR || c->length == LEN_LONG_LONG ? 2 : 1;
}

/* Parses flags, width, precision and length modifier starting at
   *FORMAT, just after the '%', into C, taking '*' arguments from
   *ARGS. Leaves *FORMAT at the conversion character. */
static void
parse_conversion (const char **format, va_list *args, struct conversion *c)
{
  *c = (struct conversion) { .precision = -1, .length = LEN_INT };
  parse_flags (format, c);
  parse_width (format, args, c);
  parse_precision (format, args, c);
  parse_length (format, c);

  /* C says '-' beats '0' and '+' beats ' '. */
  if (c->left)
    c->zero = false;
  if (c->plus)
    c->space = false;
}

/* Fetches a signed argument of the size C names. */
static intmax_t
fetch_signed (const struct conversion *c, va_list *args)
{
  switch (c->length)
    {
    case LEN_CHAR: return (signed char) va_arg (*args, int);
    case LEN_SHORT: return (short) va_arg (*args, int);
    case LEN_LONG: return va_arg (*args, long);
    case LEN_LONG_LONG: return va_arg (*args, long long);
    case LEN_INTMAX: return va_arg (*args, intmax_t);
    case LEN_SIZE: return va_arg (*args, long);
    case LEN_PTRDIFF: return va_arg (*args, ptrdiff_t);
    default: return va_arg (*args, int);
    }
}

/* Fetches an unsigned argument of the size C names. */
static uintmax_t
fetch_unsigned (const struct conversion *c, va_list *args)
{
  switch (c->length)
    {
    case LEN_CHAR: return (unsigned char) va_arg (*args, unsigned);
    case LEN_SHORT: return (unsigned short) va_arg (*args, unsigned);
    case LEN_LONG: return va_arg (*args, unsigned long);
    case LEN_LONG_LONG: return va_arg (*args, unsigned long long);
    case LEN_INTMAX: return va_arg (*args, uintmax_t);
    case LEN_SIZE: return va_arg (*args, size_t);
    case LEN_PTRDIFF: return (unsigned long) va_arg (*args, ptrdiff_t);
    default: return va_arg (*args, unsigned);
    }
}

/* Prints VALUE in BASE (8, 10 or 16) following C. SIGN is the
   character to print in front ('-', '+' or ' '), or 0 for none; PREFIX
   is "0x", "0X" or "" and goes between sign and digits. UPPER picks the
   hex digit case. */
static void
format_integer (struct sink *sink, const struct conversion *c,
                uintmax_t value, char sign, unsigned base,
                const char *prefix, bool upper)
{
  const char *digit_set = upper ? "0123456789ABCDEF" : "0123456789abcdef";
  char digits[sizeof (uintmax_t) * CHAR_BIT / 3 + 1];
  int digit_count = 0;
  int precision = c->precision < 0 ? 1 : c->precision;

  for (; value != 0; value /= base)
    digits[digit_count++] = digit_set[value % base];

  /* "%#o" makes sure the number starts with a zero. */
  if (base == 8 && c->alternate && precision <= digit_count)
    precision = digit_count + 1;

  int zeros = precision > digit_count ? precision - digit_count : 0;
  int body = (sign != 0) + (int) strlen (prefix) + zeros + digit_count;
  int pad = c->width > body ? c->width - body : 0;

  /* The '0' flag is ignored when a precision is given. */
  if (c->zero && c->precision < 0)
    {
      zeros += pad;
      pad = 0;
    }
  if (!c->left)
    sink_repeat (sink, ' ', pad);
  if (sign != 0)
    sink_put (sink, sign);
  sink_write (sink, prefix, strlen (prefix));
  sink_repeat (sink, '0', zeros);
  while (digit_count > 0)
    sink_put (sink, digits[--digit_count]);
  if (c->left)
    sink_repeat (sink, ' ', pad);
}

/* Prints LENGTH bytes of STRING padded to the width in C. */
static void
format_string (struct sink *sink, const struct conversion *c,
               const char *string, size_t length)
{
  int pad = c->width > 0 && (size_t) c->width > length
            ? c->width - (int) length : 0;
  if (!c->left)
    sink_repeat (sink, ' ', pad);
  sink_write (sink, string, length);
  if (c->left)
    sink_repeat (sink, ' ', pad);
}

/* Formats a %d or %i conversion. */
static void
format_signed (struct sink *sink, const struct conversion *c, va_list *args)
{
  intmax_t value = fetch_signed (c, args);
  uintmax_t magnitude = value < 0 ? -(uintmax_t) value : (uintmax_t) value;
  char sign = value < 0 ? '-' : c->plus ? '+' : c->space ? ' ' : 0;

  format_integer (sink, c, magnitude, sign, 10, "", false);
}

/* Formats a %x or %X conversion; '#' adds a prefix to nonzero values. */
static void
format_hex (struct sink *sink, const struct conversion *c, bool upper,
            va_list *args)
{
  uintmax_t value = fetch_unsigned (c, args);
  const char *prefix = !c->alternate || value == 0 ? ""
                       : upper ? "0X" : "0x";

  format_integer (sink, c, value, 0, 16, prefix, upper);
}

/* Formats a %s conversion. A null pointer prints as "(null)". */
static void
format_cstring (struct sink *sink, const struct conversion *c,
                va_list *args)
{
  const char *string = va_arg (*args, const char *);
  size_t length;

  if (string == NULL)
    string = "(null)";
  length = c->precision < 0 ? strlen (string)
           : strnlen (string, c->precision);
  format_string (sink, c, string, length);
}

/* Formats one conversion of kind TYPE ('d', 's', ...) as C says,
   consuming its argument from ARGS. Returns false for a conversion we
   do not support (floating point, %n, or an unknown letter). */
static bool
format_one (struct sink *sink, const struct conversion *c, char type,
            va_list *args)
{
  char ch;

  switch (type)
    {
    case 'd':
    case 'i':
      format_signed (sink, c, args);
      return true;
    case 'u':
      format_integer (sink, c, fetch_unsigned (c, args), 0, 10, "", false);
      return true;
    case 'o':
      format_integer (sink, c, fetch_unsigned (c, args), 0, 8, "", false);
      return true;
    case 'x':
    case 'X':
      format_hex (sink, c, type == 'X', args);
      return true;
    case 'p':
      format_integer (sink, c, (uintptr_t) va_arg (*args, void *), 0, 16,
                      "0x", false);
      return true;
    case 'c':
      ch = (char) va_arg (*args, int);
      format_string (sink, c, &ch, 1);
      return true;
    case 's':
      format_cstring (sink, c, args);
      return true;
    case '%':
      sink_put (sink, '%');
      return true;
    default:
      return false;
    }
}

int
__vprintf (const char *format, va_list args,
           void (*output) (char, void *), void *aux)
{
  struct sink sink = { .output = output, .aux = aux, .count = 0 };
  va_list ap;

  /* Working on a copy lets helpers take the list by address, which is
     portable whether va_list is an array type or not. */
  va_copy (ap, args);
  while (*format != '\0')
    {
      const char *start = format;
      struct conversion c;

      if (*format != '%')
        {
          sink_put (&sink, *format++);
          continue;
        }
      format++;
      if (*format == '%')
        {
          sink_put (&sink, *format++);
          continue;
        }
      parse_conversion (&format, &ap, &c);
      if (*format == '\0')
        {
          sink_write (&sink, start, format - start);
          break;
        }
      if (!format_one (&sink, &c, *format, &ap))
        sink_write (&sink, start, format - start + 1);
      format++;
    }
  va_end (ap);
  return sink.count;
}

int
printf (const char *format, ...)
{
  va_list args;
  int count;

  va_start (args, format);
  count = vprintf (format, args);
  va_end (args);
  return count;
}

/* Destination of vsnprintf: room left counts the terminator. */
struct buffer_sink
  {
    char *next;         /* Where the next character goes. */
    size_t room;        /* Bytes still free, including the final NUL. */
  };

static void
buffer_output (char ch, void *aux)
{
  struct buffer_sink *buffer = aux;
  if (buffer->room > 1)
    {
      *buffer->next++ = ch;
      buffer->room--;
    }
}

/* Formats into BUFFER, which holds SIZE bytes, writing at most SIZE - 1
   characters and a NUL when SIZE is nonzero. Returns the length the
   whole output would have had, so a result >= SIZE means truncation. */
int
vsnprintf (char *buffer, size_t size, const char *format, va_list args)
{
  struct buffer_sink sink = { .next = buffer, .room = size };
  int length = __vprintf (format, args, buffer_output, &sink);
  if (size > 0)
    *sink.next = '\0';
  return length;
}

int
snprintf (char *buffer, size_t size, const char *format, ...)
{
  va_list args;
  int length;

  va_start (args, format);
  length = vsnprintf (buffer, size, format, args);
  va_end (args);
  return length;
}

#define HEX_DUMP_WIDTH 16       /* Bytes per row of a hex dump. */

/* Prints one row of a hex dump: the row's starting offset ROW_START,
   then the bytes of BYTES that fall at columns FIRST..LAST-1, blanks
   elsewhere, and with ASCII the printable characters. */
static void
hex_dump_row (uintptr_t row_start, const uint8_t *bytes, int first,
              int last, bool ascii)
{
  int columns = ascii ? HEX_DUMP_WIDTH : last;

  printf ("%016lx ", (unsigned long) row_start);
  for (int i = 0; i < columns; i++)
    {
      printf (i == HEX_DUMP_WIDTH / 2 ? "  " : " ");
      if (i >= first && i < last)
        printf ("%02x", bytes[i - first]);
      else
        printf ("  ");
    }
  if (ascii)
    {
      printf ("  |");
      for (int i = 0; i < HEX_DUMP_WIDTH; i++)
        {
          uint8_t byte = i >= first && i < last ? bytes[i - first] : ' ';
          putchar (isprint (byte) ? byte : '.');
        }
      putchar ('|');
    }
  putchar ('\n');
}

/* Prints SIZE bytes of BUFFER as hexadecimal, 16 to a row. OFFSET is
   the address shown for the first byte; rows start at multiples of 16
   of it, so the first and last rows may be partly blank. With ASCII,
   each row ends with the bytes as characters, '.' for unprintable
   ones. */
void
hex_dump (uintptr_t offset, const void *buffer, size_t size, bool ascii)
{
  const uint8_t *bytes = buffer;

  while (size > 0)
    {
      int first = offset % HEX_DUMP_WIDTH;
      size_t room = HEX_DUMP_WIDTH - first;
      int last = first + (int) (size < room ? size : room);

      hex_dump_row (offset - first, bytes, first, last, ascii);
      bytes += last - first;
      offset += last - first;
      size -= last - first;
    }
}
