using SkiaSharp;

namespace DfxrmViz.Export.Pdf.Layout;

/// <summary>Places fragments of content top to bottom in the content area of A4 pages, starting a new page when a fragment
/// does not fit. Drawing is deferred (each fragment is a callback), so the page count is known before anything is drawn.</summary>
internal sealed class PageFlow
{
    private readonly List<List<Action<SKCanvas>>> _pages = [[]];

    public PageFlow()
    {
        Y = PageGeometry.ContentTop;
    }

    /// <summary>Left edge of the content column.</summary>
    public static float Left => PageGeometry.MarginLeft;

    /// <summary>Width of the content column.</summary>
    public static float Width => PageGeometry.ContentWidth;

    /// <summary>Top of the next fragment (page points, y down).</summary>
    public float Y { get; private set; }

    /// <summary>Nothing has been placed on the current page yet.</summary>
    public bool AtPageTop => _pages[^1].Count == 0;

    /// <summary>Height left on the current page.</summary>
    public float Remaining => PageGeometry.ContentBottom - Y;

    /// <summary>The drawing callbacks of every page.</summary>
    public IReadOnlyList<IReadOnlyList<Action<SKCanvas>>> Pages => _pages;

    /// <summary>Starts a new page (an empty current page is reused).</summary>
    public void NewPage()
    {
        if (!AtPageTop)
        {
            _pages.Add([]);
        }
        Y = PageGeometry.ContentTop;
    }

    /// <summary>Vertical space, dropped at the top of a page.</summary>
    public void Space(float height)
    {
        if (AtPageTop)
        {
            return;
        }
        if (height >= Remaining)
        {
            NewPage();
            return;
        }
        Y += height;
    }

    /// <summary>Starts a new page unless <paramref name="height"/> still fits (used to keep headings with what follows).</summary>
    public void Need(float height)
    {
        if (height > Remaining && !AtPageTop)
        {
            NewPage();
        }
    }

    /// <summary>Places a fragment of <paramref name="height"/>; <paramref name="draw"/> gets the canvas and the fragment's top.
    /// A fragment taller than a whole page is placed at the top of one and clipped at its bottom margin.</summary>
    public float Place(float height, Action<SKCanvas, float> draw)
    {
        Need(height);
        var top = Y;
        _pages[^1].Add(canvas => draw(canvas, top));
        Y = Math.Min(Y + height, PageGeometry.ContentBottom);
        return top;
    }
}
