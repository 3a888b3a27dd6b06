/// The site's one stylesheet, served as `/stijl.css` (the Content-Security-Policy allows styles from the site only).
/// Plain, readable, with visible focus and WCAG AA contrast.
enum Stylesheet {
    /// The CSS.
    static let css = """
        body { font-family: "DejaVu Sans", Arial, sans-serif; margin: 0; color: #1b1b1b; background: #fafafa; line-height: 1.5; }
        header { display: flex; gap: 1.5rem; align-items: center; flex-wrap: wrap; background: #154273; color: #fff; padding: .6rem 1.5rem; }
        header a { color: #fff; margin-right: 1rem; }
        header form { margin: 0; }
        .merk { font-weight: bold; font-size: 1.1rem; }
        .wie { margin-left: auto; }
        main { max-width: 60rem; margin: 0 auto; padding: 1rem 1.5rem 3rem; background: #fff; }
        h1 { font-size: 1.6rem; margin-top: .5rem; } h2 { font-size: 1.25rem; margin-top: 2rem; border-bottom: 1px solid #ccc; }
        a { color: #154273; } a:focus, button:focus, input:focus, select:focus, textarea:focus { outline: 3px solid #ffbf47; outline-offset: 1px; }
        table { border-collapse: collapse; width: 100%; } th, td { text-align: left; padding: .35rem .5rem; border-bottom: 1px solid #ddd; vertical-align: top; }
        label { display: block; font-weight: bold; margin-top: 1rem; }
        .hint { display: block; color: #4a4a4a; font-weight: normal; font-size: .95rem; }
        input[type=text], input[type=password], input[type=date], input[type=number], select, textarea { font: inherit; padding: .35rem; border: 2px solid #1b1b1b; width: 100%; max-width: 36rem; box-sizing: border-box; }
        textarea { min-height: 6rem; }
        fieldset { border: 1px solid #bbb; margin-top: 1rem; padding: .5rem 1rem 1rem; } legend { font-weight: bold; }
        .keuze { font-weight: normal; margin-top: .2rem; } .keuze input { margin-right: .5rem; }
        .knop { font: inherit; background: #00703c; color: #fff; border: 0; padding: .5rem 1.2rem; margin-top: 1.2rem; cursor: pointer; }
        .knop.tweede { background: #f3f2f1; color: #1b1b1b; border: 1px solid #777; margin-top: 0; }
        .fout { color: #b10e1e; font-weight: bold; display: block; }
        .veld-fout input, .veld-fout select, .veld-fout textarea { border-color: #b10e1e; }
        .foutsamenvatting { border: 4px solid #b10e1e; padding: .5rem 1rem; margin: 1rem 0; }
        .melding { border-left: 6px solid #00703c; padding: .5rem 1rem; background: #eef7f1; }
        .te-laat { color: #b10e1e; font-weight: bold; }
        .klein { font-size: .9rem; color: #4a4a4a; }
        ul.stappen { list-style: none; padding-left: 0; }
        .acties a { margin-right: 1rem; } .acties a.knop { text-decoration: none; display: inline-block; padding: .4rem 1rem; margin-top: 0; }
        """
}
