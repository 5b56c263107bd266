/* The VGA text screen (80x25 at physical 0xb8000), mirroring the
   console.  Scrolls at the bottom; knows newline, carriage return,
   backspace, tab and form feed. */

#include "devices/vga.h"
#include <stdint.h>
#include <string.h>
#include "threads/io.h"
#include "threads/vaddr.h"

#define COL_CNT 80
#define ROW_CNT 25
#define GRAY_ON_BLACK 0x07

static uint16_t (*screen)[COL_CNT];
static int cx, cy;

static void
clear_row (int y)
{
  int x;

  for (x = 0; x < COL_CNT; x++)
    screen[y][x] = GRAY_ON_BLACK << 8 | ' ';
}

static void
newline (void)
{
  cx = 0;
  if (++cy >= ROW_CNT)
    {
      cy = ROW_CNT - 1;
      memmove (&screen[0], &screen[1], sizeof screen[0] * (ROW_CNT - 1));
      clear_row (ROW_CNT - 1);
    }
}

/* Moves the hardware cursor to (CX, CY). */
static void
move_cursor (void)
{
  uint16_t pos = cy * COL_CNT + cx;

  outb (0x3d4, 0x0e);
  outb (0x3d5, pos >> 8);
  outb (0x3d4, 0x0f);
  outb (0x3d5, pos & 0xff);
}

/* Writes C to the screen. */
void
vga_putc (int c)
{
  if (screen == NULL)
    {
      int y;

      screen = ptov (0xb8000);
      for (y = 0; y < ROW_CNT; y++)
        clear_row (y);
    }

  switch (c)
    {
    case '\n':
      newline ();
      break;
    case '\f':
      for (cy = 0; cy < ROW_CNT; cy++)
        clear_row (cy);
      cx = cy = 0;
      break;
    case '\b':
      if (cx > 0)
        cx--;
      break;
    case '\r':
      cx = 0;
      break;
    case '\t':
      cx = (cx + 8) & ~7;
      if (cx >= COL_CNT)
        newline ();
      break;
    default:
      screen[cy][cx] = GRAY_ON_BLACK << 8 | (uint8_t) c;
      if (++cx >= COL_CNT)
        newline ();
      break;
    }
  move_cursor ();
}
