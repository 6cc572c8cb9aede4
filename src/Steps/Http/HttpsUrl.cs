namespace Runbook.Steps.Http;

/// <summary>
/// Checks that a configured endpoint is <c>https://HOST[:PORT][/PATH]</c>, without constructing a
/// <see cref="Uri"/>. <c>runbook check</c> validates the URLs in every runbook, and the first use of
/// <see cref="Uri"/> in a process costs more start-up than checking the runbook itself (its parser tables and
/// vectorised searches are built and compiled on first use). The accepted form is a strict subset of what
/// <see cref="Uri"/> accepts as an absolute https URL without query or fragment, so a URL that passes here
/// always constructs later; tests hold the two to that.
/// </summary>
public static class HttpsUrl
{
    private const string Scheme = "https://";

    /// <summary>Why <paramref name="url"/> is not such a URL, worded to follow "it"; null when it is one.</summary>
    public static string? Problem(string url)
    {
        ArgumentNullException.ThrowIfNull(url);

        var schemeEnd = url.IndexOf("://", StringComparison.Ordinal);
        if (schemeEnd <= 0 || !IsSchemeName(url.AsSpan(0, schemeEnd)))
        {
            return "it is not an absolute URL";
        }

        if (!url.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase))
        {
            return $"it uses {url[..schemeEnd].ToLowerInvariant()}, not https";
        }

        var rest = url.AsSpan(Scheme.Length);
        if (rest.IndexOfAny('?', '#') >= 0)
        {
            return "it must not have a query or fragment";
        }

        var pathStart = rest.IndexOf('/');
        var authority = pathStart < 0 ? rest : rest[..pathStart];
        var path = pathStart < 0 ? [] : rest[pathStart..];
        return AuthorityProblem(authority) ?? PathProblem(path);
    }

    private static string? AuthorityProblem(ReadOnlySpan<char> authority)
    {
        var colon = authority.IndexOf(':');
        var host = colon < 0 ? authority : authority[..colon];
        if (!IsHostName(host))
        {
            return "its host must be a name of letters, digits, dots and hyphens, or an IPv4 address";
        }

        if (colon >= 0 && !IsPort(authority[(colon + 1)..]))
        {
            return "its port must be a number from 1 to 65535";
        }

        return null;
    }

    // Every label is letters, digits and inner hyphens; a single trailing dot (a fully qualified name) is
    // refused as well, to keep well inside what Uri accepts. A name whose last label starts with a digit is
    // read by Uri as an IPv4 address in any of its short forms ("10.1" is 10.0.0.1), so only the canonical
    // dotted quad is accepted there.
    private static bool IsHostName(ReadOnlySpan<char> host)
    {
        if (host.IsEmpty || host.Length > 253)
        {
            return false;
        }

        var lastLabel = host[(host.LastIndexOf('.') + 1)..];
        if (!lastLabel.IsEmpty && char.IsAsciiDigit(lastLabel[0]))
        {
            return IsDottedQuad(host);
        }

        // Label by label; MemoryExtensions.Split would do, but it is a generic method over char that the runtime
        // compiles at start-up, which this class exists to avoid.
        for (var start = 0; start <= host.Length; start += LabelLength(host, start) + 1)
        {
            var part = Label(host, start);
            if (part.IsEmpty || part.Length > 63 || part[0] == '-' || part[^1] == '-')
            {
                return false;
            }

            foreach (var c in part)
            {
                if (!char.IsAsciiLetterOrDigit(c) && c != '-')
                {
                    return false;
                }
            }
        }

        return true;
    }

    private static bool IsDottedQuad(ReadOnlySpan<char> host)
    {
        var count = 0;
        for (var start = 0; start <= host.Length; start += LabelLength(host, start) + 1)
        {
            var part = Label(host, start);
            count++;
            if ((part.Length > 1 && part[0] == '0') || !IsNumberUpTo(part, 255))
            {
                return false;
            }
        }

        return count == 4;
    }

    private static ReadOnlySpan<char> Label(ReadOnlySpan<char> host, int start)
        => host.Slice(start, LabelLength(host, start));

    // The length of the label at start: up to the next dot, or to the end of the host.
    private static int LabelLength(ReadOnlySpan<char> host, int start)
    {
        var dot = host[start..].IndexOf('.');
        return dot < 0 ? host.Length - start : dot;
    }

    private static bool IsPort(ReadOnlySpan<char> port) => port is not ['0', ..] && IsNumberUpTo(port, 65535);

    // One to five decimal digits whose value is at most max.
    private static bool IsNumberUpTo(ReadOnlySpan<char> digits, int max)
    {
        if (digits.IsEmpty || digits.Length > 5)
        {
            return false;
        }

        var value = 0;
        foreach (var c in digits)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }

            value = value * 10 + (c - '0');
        }

        return value <= max;
    }

    // Unreserved characters, sub-delimiters, ':', '@', '/' and well-formed percent escapes: what RFC 3986
    // allows in a path, so that Uri keeps the path as written.
    private static string? PathProblem(ReadOnlySpan<char> path)
    {
        for (var i = 0; i < path.Length; i++)
        {
            var c = path[i];
            if (c == '%')
            {
                if (i + 2 >= path.Length || !char.IsAsciiHexDigit(path[i + 1]) || !char.IsAsciiHexDigit(path[i + 2]))
                {
                    return "its path has a '%' that is not followed by two hexadecimal digits";
                }

                i += 2;
            }
            else if (!char.IsAsciiLetterOrDigit(c) && "-._~!$&'()*+,;=:@/".IndexOf(c) < 0)
            {
                return $"its path contains '{c}'; escape it as %XX";
            }
        }

        return null;
    }

    private static bool IsSchemeName(ReadOnlySpan<char> scheme)
    {
        if (!char.IsAsciiLetter(scheme[0]))
        {
            return false;
        }

        foreach (var c in scheme)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c is not ('+' or '-' or '.'))
            {
                return false;
            }
        }

        return true;
    }
}
