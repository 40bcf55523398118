/** Small scenarios the protocol tests share. */

export const EUROPE = `scenario "Test 1914" { year 1914 }

state Germany "German Empire" { power 0.158  offense high  intent revisionist  major }
state France { power 0.075  offense medium  intent status-quo }
state Russia { power 0.111  offense medium  intent status-quo }
state Belgium { power 0.012  offense low  intent benign }

border Germany France, Germany Belgium
sea France Belgium 50 km
France sees Germany as hostile

alliance "Franco-Russian Alliance" defense 1894: France, Russia

expect France balances against Germany
`;
