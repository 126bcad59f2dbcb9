<?xml version="1.0" encoding="UTF-8"?>
<!-- Critical apparatus. The text shows the lemma (or, without one, the first reading); the
     readings are shown either as a second series of footnotes lettered a, b, c… (parameter
     apparatus = 'notes'), the note reading "lemma] reading SIGLA; reading SIGLA", or in brackets
     after the lemma ('inline'). An apparatus inside a note is always inline: notes do not nest.
     Sigla come from @wit: the witness's @n or abbreviation when the document lists it, else the
     id itself. A witness list in the text is a list of sigla with their descriptions. -->
<xsl:stylesheet version="3.0" default-mode="fp:lower"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns="http://www.tei-c.org/ns/1.0"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:tp="urn:tei-press:normalized"
    xmlns:f="urn:tei-press:functions"
    xmlns:fp="urn:tei-press:functions:private"
    exclude-result-prefixes="#all">


  <xsl:key name="fp:witness" match="tei:witness[@xml:id]" use="@xml:id"/>

  <xsl:accumulator name="fp:apparatus-note-count" as="xs:integer" initial-value="0">
    <xsl:accumulator-rule match="tei:text//tei:app[not(ancestor::tei:note | ancestor::tei:app | parent::tei:listApp)]" select="$value + 1"/>
  </xsl:accumulator>

  <xsl:function name="fp:as-note" as="xs:boolean">
    <xsl:param name="app" as="element(tei:app)"/>
    <xsl:sequence select="$apparatus eq 'notes' and empty($app/ancestor::tei:note | $app/ancestor::tei:app)"/>
  </xsl:function>

  <xsl:template match="tei:app[ancestor::tei:text]">
    <xsl:variable name="base" select="(tei:lem, tei:rdg, tei:rdgGrp/tei:rdg)[1]"/>
    <xsl:variable name="readings" select="(.//tei:rdg except $base)[ancestor::tei:app[1] is current()]"/>
    <tp:inline role="lemma">
      <xsl:apply-templates select="@xml:id"/>
      <xsl:apply-templates select="$base/node()"/>
    </tp:inline>
    <xsl:choose>
      <xsl:when test="fp:as-note(.)">
        <xsl:variable name="number" select="accumulator-after('fp:apparatus-note-count')"/>
        <note place="foot" type="apparatus" n="{format-integer($number, 'a')}" xml:id="tp-app-{$number}">
          <xsl:apply-templates select="$base[self::tei:lem]" mode="fp:reading"/>
          <xsl:call-template name="f:gen">
            <xsl:with-param name="text" select="if ($base[self::tei:lem]) then '] ' else ''"/>
          </xsl:call-template>
          <xsl:call-template name="fp:readings">
            <xsl:with-param name="readings" select="$readings"/>
          </xsl:call-template>
          <xsl:apply-templates select="tei:note" mode="fp:reading"/>
        </note>
      </xsl:when>
      <xsl:when test="exists($readings)">
        <tp:inline role="apparatus">
          <xsl:call-template name="f:gen"><xsl:with-param name="text" select="' ['"/></xsl:call-template>
          <xsl:call-template name="fp:readings">
            <xsl:with-param name="readings" select="$readings"/>
          </xsl:call-template>
          <xsl:call-template name="f:gen"><xsl:with-param name="text" select="']'"/></xsl:call-template>
        </tp:inline>
      </xsl:when>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="fp:readings">
    <xsl:param name="readings" as="element()*"/>
    <xsl:for-each select="$readings">
      <xsl:if test="position() gt 1">
        <xsl:call-template name="f:gen"><xsl:with-param name="text" select="'; '"/></xsl:call-template>
      </xsl:if>
      <xsl:apply-templates select="." mode="fp:reading"/>
    </xsl:for-each>
  </xsl:template>

  <!-- An apparatus written apart from the text (a listApp, as EpiDoc editions have it) stands
       where it is: an entry a line, opening with the line it concerns (@loc) or its @n, then
       lemma] readings; a note alone is its entry's text, not a parenthesis. -->
  <xsl:template match="tei:listApp[ancestor::tei:text]">
    <xsl:call-template name="f:lower">
      <xsl:with-param name="kind" select="'block'"/>
      <xsl:with-param name="role" select="'apparatus-list'"/>
      <xsl:with-param name="content" select="tei:head | tei:app | tei:listApp"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="tei:listApp/tei:app[ancestor::tei:text]" priority="2">
    <xsl:variable name="base" select="(tei:lem, tei:rdg, tei:rdgGrp/tei:rdg)[1]"/>
    <xsl:variable name="readings" select="(.//tei:rdg except $base)[ancestor::tei:app[1] is current()]"/>
    <tp:block role="apparatus-entry">
      <xsl:apply-templates select="@xml:id | @xml:lang | @tp:line | @tp:column"/>
      <xsl:variable name="place" select="normalize-space((@loc, @n)[1])"/>
      <xsl:if test="$place ne ''">
        <tp:inline role="apparatus-place">
          <xsl:call-template name="f:gen"><xsl:with-param name="text" select="$place || ' '"/></xsl:call-template>
        </tp:inline>
      </xsl:if>
      <xsl:apply-templates select="$base" mode="fp:reading"/>
      <xsl:if test="exists($base[self::tei:lem]) and exists($readings)">
        <xsl:call-template name="f:gen"><xsl:with-param name="text" select="'] '"/></xsl:call-template>
      </xsl:if>
      <xsl:call-template name="fp:readings">
        <xsl:with-param name="readings" select="$readings"/>
      </xsl:call-template>
      <xsl:choose>
        <xsl:when test="empty($base)">
          <xsl:for-each select="tei:note">
            <xsl:if test="position() gt 1">
              <xsl:call-template name="f:gen"><xsl:with-param name="text" select="'; '"/></xsl:call-template>
            </xsl:if>
            <xsl:apply-templates mode="fp:reading-content"/>
          </xsl:for-each>
        </xsl:when>
        <xsl:otherwise>
          <xsl:apply-templates select="tei:note" mode="fp:reading"/>
        </xsl:otherwise>
      </xsl:choose>
    </tp:block>
  </xsl:template>

  <!-- A reading with its sigla; an empty reading is an omission. -->
  <xsl:template match="tei:lem | tei:rdg" mode="fp:reading">
    <tp:inline role="{local-name()}">
      <xsl:apply-templates select="@xml:lang"/>
      <xsl:choose>
        <xsl:when test="normalize-space() eq '' and empty(*)">
          <xsl:call-template name="f:gen"><xsl:with-param name="text" select="'om.'"/></xsl:call-template>
        </xsl:when>
        <xsl:otherwise>
          <xsl:apply-templates mode="fp:reading-content"/>
        </xsl:otherwise>
      </xsl:choose>
    </tp:inline>
    <xsl:if test="normalize-space(@wit) ne ''">
      <tp:inline role="sigla">
        <xsl:call-template name="f:gen">
          <xsl:with-param name="text" select="' ' || string-join(for $w in tokenize(@wit) return fp:siglum($w, .), ' ')"/>
        </xsl:call-template>
      </tp:inline>
    </xsl:if>
  </xsl:template>

  <xsl:template match="tei:note" mode="fp:reading">
    <xsl:call-template name="f:gen"><xsl:with-param name="text" select="' ('"/></xsl:call-template>
    <xsl:apply-templates mode="fp:reading-content"/>
    <xsl:call-template name="f:gen"><xsl:with-param name="text" select="')'"/></xsl:call-template>
  </xsl:template>

  <!-- Inside an apparatus note nothing may be a note itself: a note in a reading runs on. -->
  <xsl:mode name="fp:reading-content" on-no-match="shallow-skip"/>
  <xsl:template match="node()" mode="fp:reading-content">
    <xsl:apply-templates select="."/>
  </xsl:template>
  <xsl:template match="tei:note" mode="fp:reading-content">
    <xsl:apply-templates select="." mode="fp:reading"/>
  </xsl:template>

  <xsl:function name="fp:siglum" as="xs:string">
    <xsl:param name="reference" as="xs:string"/>
    <xsl:param name="context" as="element()"/>
    <xsl:variable name="id" select="replace($reference, '^#', '')"/>
    <xsl:variable name="witness" select="key('fp:witness', $id, root($context))[1]"/>
    <xsl:sequence select="string(($witness/@n, $witness/tei:abbr[@type = 'siglum'], $id)[normalize-space()][1])"/>
  </xsl:function>

  <!-- A witness list in the text: each witness with its siglum. -->
  <xsl:template match="tei:listWit[ancestor::tei:text]">
    <xsl:call-template name="f:lower">
      <xsl:with-param name="kind" select="'block'"/>
      <xsl:with-param name="role" select="'witness-list'"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="tei:witness[ancestor::tei:text]">
    <tp:block role="witness">
      <xsl:apply-templates select="@xml:id | @xml:lang"/>
      <tp:inline role="sigla">
        <xsl:call-template name="f:gen">
          <xsl:with-param name="text" select="string((@n, @xml:id)[1]) || ' '"/>
        </xsl:call-template>
      </tp:inline>
      <xsl:apply-templates/>
    </tp:block>
  </xsl:template>

  <!-- Readings outside an app (stray lem or rdg) show their text. -->
  <xsl:template match="tei:lem[ancestor::tei:text][not(parent::tei:app)] | tei:rdg[ancestor::tei:text][not(parent::tei:app)]
                       | tei:rdgGrp[ancestor::tei:text][not(parent::tei:app)]">
    <xsl:call-template name="f:lower">
      <xsl:with-param name="kind" select="'inline'"/>
    </xsl:call-template>
  </xsl:template>
</xsl:stylesheet>
