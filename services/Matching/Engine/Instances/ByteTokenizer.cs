using System.Text;

namespace Mentorship.Matching.Engine.Instances;

/// <summary>
/// Reads whitespace-separated integers straight from bytes (no strings, no decoding) and tracks
/// line numbers, so that a 4-million-line instance parses in well under a second and every refusal
/// can say where. The buffer is refilled so that a whole token is always in it: integers that
/// matter have at most 20 characters, and anything longer is refused anyway.
/// </summary>
internal sealed class ByteTokenizer(Stream stream)
{
    private const int BufferSize = 1 << 20;
    private const int Lookahead = 32;
    private const int LongestNumber = 18;
    private const int TokenPreviewLength = 24;

    private readonly byte[] _buffer = new byte[BufferSize];
    private int _position;
    private int _end;
    private bool _endOfStream;
    private bool _started;

    /// <summary>The 1-based line of the next unread byte.</summary>
    public int Line { get; private set; } = 1;

    /// <summary>Skips whitespace; true when the input has no more tokens.</summary>
    public bool AtEnd()
    {
        SkipWhitespace();
        return _position == _end;
    }

    /// <summary>Reads the next integer; <paramref name="tokenLine"/> is the line it starts on.</summary>
    public long ReadInteger(string what, out int tokenLine) => ReadInteger(what, -1, out tokenLine);

    /// <summary>
    /// Reads the next integer, the <paramref name="item"/>-th of its kind: the description
    /// "<paramref name="what"/> <paramref name="item"/>" is only formatted for an error message.
    /// </summary>
    public long ReadInteger(string what, int item, out int tokenLine)
    {
        if (AtEnd())
        {
            throw new InstanceFormatException(Line, $"file ended where {Describe(what, item)} was expected");
        }

        tokenLine = Line;
        if (_end - _position < Lookahead)
        {
            Fill();
        }

        var buffer = _buffer;
        var at = _position;
        var end = _end;
        var negative = buffer[at] == (byte)'-';
        if (negative)
        {
            at++;
        }

        var first = at;
        long value = 0;
        while (at < end)
        {
            var digit = (uint)(buffer[at] - '0');
            if (digit > 9)
            {
                break;
            }

            value = (value * 10) + digit;
            at++;
            if (at - first > LongestNumber)
            {
                throw new InstanceFormatException(tokenLine, $"{Describe(what, item)} is too large");
            }
        }

        if (at == first || (at < end && !IsWhitespace(buffer[at])))
        {
            throw new InstanceFormatException(tokenLine, $"{Describe(what, item)} is not an integer: '{PeekTokenText()}'");
        }

        _position = at;
        return negative ? -value : value;
    }

    /// <summary>The next token as text, for error messages.</summary>
    public string PeekTokenText()
    {
        SkipWhitespace();
        if (_end - _position < Lookahead)
        {
            Fill();
        }

        var text = new StringBuilder();
        for (var at = _position; at < _end && !IsWhitespace(_buffer[at]) && text.Length < TokenPreviewLength; at++)
        {
            text.Append((char)_buffer[at]);
        }

        return text.ToString();
    }

    private void SkipWhitespace()
    {
        if (!_started)
        {
            _started = true;
            Fill();
            SkipByteOrderMark();
        }

        while (true)
        {
            var buffer = _buffer;
            var at = _position;
            var end = _end;
            var line = Line;
            while (at < end)
            {
                var b = buffer[at];
                if (b == (byte)'\n')
                {
                    line++;
                }
                else if (b is not ((byte)' ' or (byte)'\t' or (byte)'\r'))
                {
                    break;
                }

                at++;
            }

            _position = at;
            Line = line;
            if (at < end || !Fill())
            {
                return;
            }
        }
    }

    /// <summary>Moves the unread bytes to the front and reads more; false when nothing more came.</summary>
    private bool Fill()
    {
        if (_endOfStream)
        {
            return false;
        }

        var unread = _end - _position;
        Buffer.BlockCopy(_buffer, _position, _buffer, 0, unread);
        _position = 0;
        _end = unread;
        var before = _end;
        while (_end < _buffer.Length)
        {
            var read = stream.Read(_buffer, _end, _buffer.Length - _end);
            if (read == 0)
            {
                _endOfStream = true;
                break;
            }

            _end += read;
        }

        return _end > before;
    }

    private void SkipByteOrderMark()
    {
        if (_end >= 3 && _buffer[0] == 0xEF && _buffer[1] == 0xBB && _buffer[2] == 0xBF)
        {
            _position = 3;
        }
    }

    private static string Describe(string what, int item) => item < 0 ? what : $"{what} {item}";

    private static bool IsWhitespace(byte b) => b is (byte)' ' or (byte)'\t' or (byte)'\n' or (byte)'\r';
}
