package jp.madoguchi.forms.sanitise;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;

/** JPEG and PNG files built in code, with metadata segments and chunks written by hand. */
final class TestImages {

  private TestImages() {}

  static BufferedImage picture(int width, int height) {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, width, height);
    g.setColor(Color.BLUE);
    g.fillRect(width / 4, height / 4, width / 2, height / 2);
    g.dispose();
    return image;
  }

  /** White with a red block in the top-left corner, to see where the corner ends up. */
  static byte[] jpegWithRedTopLeft(int width, int height) {
    BufferedImage image = picture(width, height);
    Graphics2D g = image.createGraphics();
    g.setColor(Color.RED);
    g.fillRect(0, 0, width / 4, height / 4);
    g.dispose();
    return encode(image, "jpeg");
  }

  static byte[] jpeg(int width, int height) {
    return encode(picture(width, height), "jpeg");
  }

  static byte[] png(int width, int height) {
    return encode(picture(width, height), "png");
  }

  private static byte[] encode(BufferedImage image, String format) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ImageIO.write(image, format, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** A PNG signature and an IHDR chunk declaring the given size, then a bogus IDAT and IEND. */
  static byte[] pngHeaderOnly(int width, int height) {
    ByteBuffer ihdr = ByteBuffer.allocate(13);
    ihdr.putInt(width).putInt(height).put((byte) 8).put((byte) 2).put((byte) 0);
    ihdr.put((byte) 0).put((byte) 0);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});
    out.writeBytes(pngChunk("IHDR", ihdr.array()));
    out.writeBytes(pngChunk("IDAT", new byte[] {0x78, (byte) 0x9C, 0x03, 0x00}));
    out.writeBytes(pngChunk("IEND", new byte[0]));
    return out.toByteArray();
  }

  static byte[] pngChunk(String type, byte[] data) {
    byte[] name = type.getBytes(StandardCharsets.US_ASCII);
    CRC32 crc = new CRC32();
    crc.update(name);
    crc.update(data);
    ByteBuffer chunk = ByteBuffer.allocate(12 + data.length);
    chunk.putInt(data.length).put(name).put(data).putInt((int) crc.getValue());
    return chunk.array();
  }

  /** {@code jpeg} with the given marker segments inserted right after SOI. */
  static byte[] jpegWith(byte[] jpeg, byte[]... segments) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(jpeg, 0, 2);
    for (byte[] segment : segments) {
      out.writeBytes(segment);
    }
    out.write(jpeg, 2, jpeg.length - 2);
    return out.toByteArray();
  }

  static byte[] segment(int marker, byte[] payload) {
    ByteBuffer segment = ByteBuffer.allocate(4 + payload.length);
    segment.put((byte) 0xFF).put((byte) marker).putShort((short) (payload.length + 2));
    return segment.put(payload).array();
  }

  static byte[] comment(String text) {
    return segment(0xFE, text.getBytes(StandardCharsets.UTF_8));
  }

  static byte[] xmpSegment() {
    return segment(
        0xE1,
        ("http://ns.adobe.com/xap/1.0/\0<x:xmpmeta xmlns:x='adobe:ns:meta/'/>")
            .getBytes(StandardCharsets.UTF_8));
  }

  /** APP1 "Exif\0\0" + a big-endian TIFF whose IFD0 holds an orientation and maybe a GPS IFD. */
  static byte[] exifSegment(boolean withGps, int orientation) {
    ByteArrayOutputStream payload = new ByteArrayOutputStream();
    payload.writeBytes("Exif\0\0".getBytes(StandardCharsets.US_ASCII));
    payload.writeBytes(tiff(withGps, orientation));
    return segment(0xE1, payload.toByteArray());
  }

  static byte[] tiff(boolean withGps, int orientation) {
    int entries = withGps ? 2 : 1;
    int gpsIfd = 8 + 2 + entries * 12 + 4;
    ByteBuffer tiff = ByteBuffer.allocate(gpsIfd + 2 + 2 * 12 + 4);
    tiff.put((byte) 'M').put((byte) 'M').putShort((short) 42).putInt(8);
    tiff.putShort((short) entries);
    tiff.putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) orientation);
    tiff.putShort((short) 0);
    if (withGps) {
      tiff.putShort((short) 0x8825).putShort((short) 4).putInt(1).putInt(gpsIfd);
    }
    tiff.putInt(0);
    tiff.putShort((short) 2);
    tiff.putShort((short) 0x0000).putShort((short) 1).putInt(4).put(new byte[] {2, 3, 0, 0});
    tiff.putShort((short) 0x0001).putShort((short) 2).putInt(2).put(new byte[] {'N', 0, 0, 0});
    tiff.putInt(0);
    return Arrays.copyOf(tiff.array(), withGps ? tiff.capacity() : gpsIfd);
  }

  /** {@code png} with the given chunks inserted right after IHDR. */
  static byte[] pngWith(byte[] png, byte[]... chunks) {
    int afterHeader = 8 + 12 + 13;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(png, 0, afterHeader);
    for (byte[] chunk : chunks) {
      out.writeBytes(chunk);
    }
    out.write(png, afterHeader, png.length - afterHeader);
    return out.toByteArray();
  }

  static byte[] textChunk(String keyword, String text) {
    return pngChunk("tEXt", (keyword + "\0" + text).getBytes(StandardCharsets.ISO_8859_1));
  }

  static BufferedImage decode(byte[] image) {
    try {
      return ImageIO.read(new java.io.ByteArrayInputStream(image));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The markers of a JPEG up to its first scan, e.g. [0xD8, 0xE0, 0xDB, 0xC0, 0xC4, 0xDA]. */
  static List<Integer> markersBeforeScan(byte[] jpeg) {
    List<Integer> markers = new ArrayList<>(List.of(0xD8));
    int pos = 2;
    while (pos + 3 < jpeg.length) {
      int marker = jpeg[pos + 1] & 0xFF;
      markers.add(marker);
      if (marker == 0xDA) {
        break;
      }
      pos += 2 + (((jpeg[pos + 2] & 0xFF) << 8) | (jpeg[pos + 3] & 0xFF));
    }
    return markers;
  }

  /** The chunk types of a PNG in order. */
  static List<String> chunkTypes(byte[] png) {
    List<String> types = new ArrayList<>();
    ByteBuffer buffer = ByteBuffer.wrap(png);
    int pos = 8;
    while (pos + 8 <= png.length) {
      int length = buffer.getInt(pos);
      types.add(new String(png, pos + 4, 4, StandardCharsets.ISO_8859_1));
      pos += 12 + length;
    }
    return types;
  }
}
