/** Small ECB files as the ECB writes them, for tests. Values from the ECB's published fixes. */
export const HIST_CSV = `Date,USD,JPY,BGN,CYP,GBP,
2025-09-19,1.1736,174.2,1.9558,N/A,0.8708,
2025-09-18,1.1818,174.3,1.9558,N/A,0.868,
2025-09-17,1.1837,174.08,1.9558,N/A,0.8675,
2025-09-16,1.1807,173.73,1.9558,N/A,0.8656,
2025-09-15,1.1766,173.25,1.9558,N/A,0.8641,
`;

export const DAILY_CSV = `Date, USD, JPY, GBP, \r\n13 April 2026, 1.1684, 186.75, 0.87058, \r\n`;

export const DAILY_XML = `<?xml version="1.0" encoding="UTF-8"?>
<gesmes:Envelope xmlns:gesmes="http://www.gesmes.org/xml/2002-08-01" xmlns="http://www.ecb.int/vocabulary/2002-08-01/eurofxref">
	<gesmes:subject>Reference rates</gesmes:subject>
	<gesmes:Sender>
		<gesmes:name>European Central Bank</gesmes:name>
	</gesmes:Sender>
	<Cube>
		<Cube time='2025-09-18'>
			<Cube currency='USD' rate='1.1818'/>
			<Cube currency='GBP' rate='0.868'/>
		</Cube>
		<Cube time="2025-09-17">
			<Cube currency="USD" rate="1.1837"/>
			<Cube currency="GBP" rate="0.8675"/>
		</Cube>
	</Cube>
</gesmes:Envelope>`;

/**
 * Days around the turns of the year 1999/2000 and 2001/2002 and Easter 1999, as the ECB published them
 * (an excerpt of eurofxref-hist.csv): nothing on 31 Dec 1999 or 31 Dec 2001, fixes on Good Friday
 * (2 Apr) and Easter Monday (5 Apr) 1999.
 */
export const EDGE_CSV = `Date,USD,GBP,CHF,
2002-01-04,0.8954,0.6217,1.4789,
2002-01-03,0.9036,0.6254,1.4856,
2002-01-02,0.9038,0.6262,1.4833,
2001-12-28,0.8813,0.6085,1.4829,
2001-12-27,0.8823,0.609,1.4835,
2001-12-24,0.8798,0.6127,1.4721,
2000-01-04,1.0305,0.6296,1.6053,
2000-01-03,1.009,0.6246,1.6043,
1999-12-30,1.0046,0.6217,1.6051,
1999-12-29,1.0072,0.6226,1.6059,
1999-04-06,1.0726,0.6759,1.595,
1999-04-05,1.0752,0.6702,1.5968,
1999-04-02,1.0772,0.672,1.5973,
1999-04-01,1.0772,0.669,1.5957,
`;
