using System.Text;

namespace GpuRisk.IO;

/// <summary>Reads an input stream as UTF-8 text, strictly: bytes that are not UTF-8 are an input error, not U+FFFD.</summary>
internal static class InputText
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Every byte of <paramref name="stream"/>.</summary>
    /// <exception cref="InputException">The stream fails while being read.</exception>
    public static byte[] ReadAllBytes(Stream stream, string file)
    {
        try
        {
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            return buffer.ToArray();
        }
        catch (IOException e)
        {
            throw new InputException(file, InputLocation.FileRow, InputLocation.FormatField, $"cannot read the file: {e.Message}", e);
        }
    }

    /// <summary><paramref name="bytes"/> as text, without a leading byte-order mark.</summary>
    /// <param name="bytes">The file's bytes.</param>
    /// <param name="file">The file messages name.</param>
    /// <param name="kind">What the file should be, for the message (e.g. "CSV", "JSON").</param>
    /// <exception cref="InputException">The bytes are not UTF-8.</exception>
    public static string Decode(byte[] bytes, string file, string kind)
    {
        try
        {
            string text = StrictUtf8.GetString(bytes);
            return text.StartsWith('\uFEFF') ? text[1..] : text;
        }
        catch (DecoderFallbackException e)
        {
            throw new InputException(file, InputLocation.FileRow, InputLocation.FormatField,
                $"not a {kind} text file: the bytes are not UTF-8 text", e);
        }
    }
}
