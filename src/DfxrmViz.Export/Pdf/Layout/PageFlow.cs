using SkiaSharp;

namespace DfxrmViz.Export.Pdf.Layout;

/// <summary>A fragment placed on a page: its top (page points, y down), its height and how it draws itself there.</summary>
internal sealed record PageFragment(float Top, float Height, Action<SKCanvas, float> Paint)
{
    public void Draw(SKCanvas canvas) => Paint(canvas, Top);
}

/// <summary>Places fragments of content top to bottom in the content area of A4 pages, starting a new page when a fragment
/// does not fit. Drawing is deferred (each fragment is a callback), so the page count is known before anything is drawn.
/// A fragment placed to keep with the next one (a heading, a block title) never ends a page: when a page break falls after
/// it, it moves to the new page together with what follows.</summary>
internal sealed class PageFlow
{
    private const float PageHeight = PageGeometry.ContentBottom - PageGeometry.ContentTop;

    private readonly List<List<PageFragment>> _pages = [[]];

    /// <summary>Index on the current page of the first of the keep-with-next fragments that end it so far, or −1.</summary>
    private int _keptFrom = -1;

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

    /// <summary>The fragments of every page.</summary>
    public IReadOnlyList<IReadOnlyList<PageFragment>> Pages => _pages;

    /// <summary>Height from the top of the keep-with-next fragments at the end of the page to <see cref="Y"/> (0 if none).</summary>
    private float KeptHeight => _keptFrom < 0 ? 0 : Y - _pages[^1][_keptFrom].Top;

    /// <summary>Starts a new page (an empty current page is reused); keep-with-next fragments at the end of the current page
    /// move to it.</summary>
    public void NewPage() => NewPage(carry: true);

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
            if (AtPageTop)
            {
                return;
            }
        }
        Y = Math.Min(Y + height, PageGeometry.ContentBottom); // under a heading carried over, its space goes with it
    }

    /// <summary>Starts a new page unless <paramref name="height"/> still fits (used to keep headings with what follows).</summary>
    public void Need(float height)
    {
        if (height > Remaining && !AtPageTop)
        {
            // Carry a heading over only where the fragment then fits under it; else it would be clipped at the bottom.
            NewPage(carry: height <= PageHeight - KeptHeight);
        }
    }

    /// <summary>Places a fragment of <paramref name="height"/>; <paramref name="draw"/> gets the canvas and the fragment's top.
    /// A fragment taller than a whole page is placed at the top of one and clipped at its bottom margin. With
    /// <paramref name="keepWithNext"/> the fragment stays on the page of the next fragment placed without it.</summary>
    public float Place(float height, Action<SKCanvas, float> draw, bool keepWithNext = false)
    {
        Need(height);
        var top = Y;
        var page = _pages[^1];
        if (!keepWithNext)
        {
            _keptFrom = -1;
        }
        else if (_keptFrom < 0)
        {
            _keptFrom = page.Count;
        }
        page.Add(new PageFragment(top, height, draw));
        Y = Math.Min(Y + height, PageGeometry.ContentBottom);
        return top;
    }

    /// <summary>A new page; with <paramref name="carry"/> the keep-with-next fragments that end the current page move to its
    /// top (unless they are all the current page holds: moving them would only leave an empty page behind).</summary>
    private void NewPage(bool carry)
    {
        if (AtPageTop)
        {
            Y = PageGeometry.ContentTop;
            return;
        }
        var page = _pages[^1];
        if (carry && _keptFrom > 0)
        {
            var run = page.GetRange(_keptFrom, page.Count - _keptFrom);
            page.RemoveRange(_keptFrom, run.Count);
            var shift = PageGeometry.ContentTop - run[0].Top;
            _pages.Add([.. run.Select(f => f with { Top = f.Top + shift })]);
            Y += shift;
            _keptFrom = 0;
            return;
        }
        _pages.Add([]);
        Y = PageGeometry.ContentTop;
        _keptFrom = -1;
    }
}
